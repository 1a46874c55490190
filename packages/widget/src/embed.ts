/**
 * The script-tag entry, built into `dist/widget.js`:
 * `<script async src="https://HOST/widget.js" data-library="springfield"></script>`.
 * The panel is a set of modules next to it (`widget/app-*.js` and the chunks it imports), loaded
 * relative to this script's own address on the first click, never relative to the page.
 */
import { bootEmbed } from './host/boot-embed.ts';
import type { AppModule } from './host/types.ts';

/** The panel's entry module first, then the chunks it imports; the build sets it. */
declare const __REFDESK_APP__: string[];

bootEmbed((scriptUrl) => async () => {
  const [app] = await Promise.all(
    __REFDESK_APP__.map(
      (file) => import(/* @vite-ignore */ new URL(`widget/${file}`, scriptUrl).href),
    ),
  );
  return app as AppModule;
});
