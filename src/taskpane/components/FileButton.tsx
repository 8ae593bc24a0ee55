// A button that opens the browser's file dialog through a hidden file input: the pane's way to pick a
// workbook (the data file in file mode, an employee list in both modes).
import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { useStyles } from "./styles";

interface Props {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  appearance?: "primary" | "secondary";
  size?: "small" | "medium";
  testId: string;
  inputTestId: string;
}

export function FileButton({
  label,
  accept,
  onFile,
  disabled,
  appearance,
  size,
  testId,
  inputTestId,
}: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        {...(appearance ? { appearance } : {})}
        {...(size ? { size } : {})}
        disabled={disabled}
        onClick={() => input.current?.click()}
        data-testid={testId}
      >
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept={accept}
        data-testid={inputTestId}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Clearing lets the same file be chosen again after it was fixed in Excel.
          e.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
