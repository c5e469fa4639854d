// A Vite plugin that folds the built page into one self-contained index.html: the script and the
// stylesheet inlined (the worker is already inlined by `?worker&inline`). Chromium refuses module
// scripts and workers loaded from file:// URLs, so this is what lets the page work when opened
// from disk; it also makes it a single file to hand around.
import type { Plugin } from 'vite';

/** `</script` or `<!--` inside inline code would end or confuse the script element. */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function singleFile(): Plugin {
  return {
    name: 'policedata:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') this.error('single-file: the build has no index.html');
      let html = String(page.source);
      for (const [fileName, output] of Object.entries(bundle)) {
        const pattern = (tag: string) =>
          new RegExp(
            `<${tag}[^>]*\\b(?:src|href)="\\.?/?${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>(?:</script>)?`,
          );
        if (output.type === 'chunk' && output.isEntry) {
          const code = escapeInlineScript(output.code);
          html = html.replace(pattern('script'), () => `<script type="module">${code}</script>`);
          delete bundle[fileName];
        } else if (output.type === 'asset' && fileName.endsWith('.css')) {
          const css = String(output.source).replace(/<\/(style)/gi, '<\\/$1');
          html = html.replace(pattern('link'), () => `<style>${css}</style>`);
          delete bundle[fileName];
        }
      }
      const left = Object.keys(bundle).filter((name) => name !== 'index.html');
      if (left.length > 0) this.error(`single-file: files left beside index.html: ${left.join(', ')}`);
      page.source = html;
    },
  };
}
