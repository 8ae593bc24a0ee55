// Task pane entry (placeholder until the pane lands): mounts the React app.
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) createRoot(root).render(<p>SKJ Rencana Pengembangan</p>);
