// The widget's accessibility check: the console's, which runs both engines (axe-core and IBM's
// accessibility-checker-engine) on a page. Both pierce the widget's open shadow root.
export { accessibilityViolations } from '../../console/test/support/accessibility.ts';
