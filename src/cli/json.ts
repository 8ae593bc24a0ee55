// The plan as `skj plan --json` prints it: the domain result, with each activity's text also rendered in the
// chosen language as `label` (scripts read text; the coded `text` stays for those that translate themselves).
import { type Lang, renderMessage } from "../skj/messages";
import { PlanResult } from "../skj/types";

export function planJson(plan: PlanResult, lang: Lang): unknown {
  return {
    ...plan,
    employees: plan.employees.map((e) => ({
      ...e,
      plan: {
        ...e.plan,
        activities: e.plan.activities.map((a) => ({ ...a, label: renderMessage(a.text, lang) })),
      },
    })),
  };
}
