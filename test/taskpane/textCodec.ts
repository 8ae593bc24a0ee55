// jsdom lacks TextDecoder/TextEncoder, which the workbook reader uses: Node's stand in, for tests that read
// a real .xlsx in a jsdom test file. Import before the reader.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = NodeTextEncoder;
