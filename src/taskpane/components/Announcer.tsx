// What a screen reader hears without looking: each working stage, an error, and the result (with who was
// left out). Fluent's announcer puts the text in a live region (or the browser's own notification API).
import { useEffect, useRef } from "react";
import { useAnnounce } from "@fluentui/react-components";
import { renderMessage } from "../../skj/messages";
import type { PaneState } from "../controller";
import type { Strings } from "../i18n";

export function Announcer({ state, t }: { state: PaneState; t: Strings }) {
  const { announce } = useAnnounce();
  const stage = state.busy?.stage;
  useEffect(() => {
    if (stage) announce(t.stage[stage], { polite: true });
  }, [stage, announce, t]);

  const error = state.error;
  useEffect(() => {
    if (!error) return;
    const detail = error.detail ? ` ${renderMessage(error.detail, t.lang)}` : "";
    announce(`${t.errorTitle[error.kind]}.${detail}`, { alert: true });
  }, [error, announce, t]);

  const result = state.result;
  const last = useRef<typeof result>(undefined);
  useEffect(() => {
    if (!result || result === last.current) return;
    last.current = result;
    const { errorRows, unassessedRows } = result.leftOut;
    const leftOut =
      errorRows.length || unassessedRows.length
        ? ` ${t.leftOut(errorRows.length, unassessedRows.length)}`
        : "";
    announce(`${t.resultHeading}. ${t.sheetsCreated(result.sheetNames.join(", "))}${leftOut}`, {
      polite: true,
    });
  }, [result, announce, t]);
  return null;
}
