// Bahasa Indonesia texts of host.params.ts.
import type { AreaCatalogue } from "../params";
import type { HostMessageParams } from "./host.params";

export const hostId: AreaCatalogue<HostMessageParams> = {};
