import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { setProjectAnnotations } from "@storybook/preact-vite";
import * as projectAnnotations from "./preview";

// The accessibility addon's annotations make every story's test fail on an axe violation.
setProjectAnnotations([a11yAnnotations, projectAnnotations]);
