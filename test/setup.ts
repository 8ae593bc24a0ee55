// Shared test setup: DOM matchers for the React tests (harmless in the node environment).
import "@testing-library/jest-dom";
