// The self-test's report as plain text, for "Salin hasil": what a clerk pastes into an e-mail or a chat to
// the IT officer. Tab-separated rows, so that it also pastes into a sheet as a table.
import type { SelfTestReport } from "../excel/selfTest";
import { renderMessage } from "../skj/messages";
import { SELF_TEST_FEATURES } from "../skj/registry/selfTestFeatures";
import { SELF_TEST_STRINGS, type Strings } from "./i18n";

/** "1.1–1.13" when the supported sets run from 1.1 without a gap (the usual case), else each listed. */
export function apiSetsText(report: SelfTestReport): string {
  const supported = report.apiSets.filter((s) => s.supported).map((s) => s.version);
  if (supported.length === 0) return "—";
  const prefix = report.apiSets.slice(0, supported.length).every((s) => s.supported);
  return prefix && supported.length > 1
    ? `${supported[0]}–${supported[supported.length - 1]}`
    : supported.join(", ");
}

/** The feature's label in the pane's language. */
export function featureLabel(feature: string, t: Strings): string {
  return SELF_TEST_FEATURES.find((f) => f.id === feature)?.label[t.lang] ?? feature;
}

export function selfTestText(report: SelfTestReport, t: Strings): string {
  const s = SELF_TEST_STRINGS[t.lang];
  const lines = [
    s.run,
    `${s.platform}: ${report.platform || s.unknown}`,
    `${s.version}: ${report.version || s.unknown}`,
    `${s.apiSets}: ${apiSetsText(report)}`,
    "",
    `${s.feature}\t${s.outcome}`,
    ...report.rows.map(
      (r) =>
        `${featureLabel(r.feature, t)}\t${renderMessage(
          { code: "self-test-outcome", params: r.outcome },
          t.lang
        )}`
    ),
    ...report.problems.map((p) => renderMessage(p, t.lang)),
  ];
  return lines.join("\n") + "\n";
}
