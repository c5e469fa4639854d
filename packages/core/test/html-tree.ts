// Parses an HTML page as a browser would (parse5 follows the WHATWG algorithm) into a flat list of
// elements, with the parse errors, so tests can check structure without a browser.
import { type DefaultTreeAdapterMap, type ParserError, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  /** Text content, as `textContent` gives it. */
  text: string;
  /** Tags of the ancestors, outermost first. */
  path: string[];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : [];
  return [...children, ...content].map(textOf).join('');
}

export function parseHtml(html: string): { elements: HtmlElement[]; errors: ParserError[]; comments: string[] } {
  const errors: ParserError[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(error), scriptingEnabled: true });
  const elements: HtmlElement[] = [];
  const comments: string[] = [];
  const walk = (node: Node, path: string[]) => {
    if (node.nodeName === '#comment') comments.push((node as DefaultTreeAdapterMap['commentNode']).data);
    if ('tagName' in node) {
      const element = node as Element;
      elements.push({
        tag: element.tagName,
        attrs: Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value])),
        text: textOf(element),
        path,
      });
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    const inner = 'tagName' in node ? [...path, (node as Element).tagName] : path;
    for (const child of children) walk(child, inner);
    if (node.nodeName === 'template') walk((node as DefaultTreeAdapterMap['template']).content, inner);
  };
  walk(document, []);
  return { elements, errors, comments };
}
