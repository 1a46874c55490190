// Styles are imported as text (Vite's `?inline`) and adopted as constructable stylesheets. Declared
// here too, so code that type-checks the widget's source needs no Vite types.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
