// Writes docs/code-lists.md: every code list of the standard with its labels, common spellings and
// crosswalks, shared lists first. Reference pages link to its sections, so the anchors live here.
import { type CodeListInfo, createRegistry, type Registry } from '../../packages/schemas/src/registry.js';
import { CROSSWALK_SYSTEMS, type CrosswalkSystem } from '../../packages/schemas/src/vocabulary.js';
import type { SchemaFile } from './load-schemas.js';
import { code, codeList, document, generatedComment, headingSlug, plural, prose, table } from './markdown.js';
import type { GeneratedFile } from './types.js';

export const CODE_LISTS_PATH = 'docs/code-lists.md';

/** Full names of the systems crosswalks point to, as readers know them. */
export const SYSTEM_NAMES: Record<CrosswalkSystem | 'pdi', string> = {
  opp: 'Stanford Open Policing Project (OPP)',
  opd: 'OpenPoliceData (OPD)',
  nibrs: 'FBI NIBRS',
  pdi: 'Police Data Initiative (PDI)',
};

/** Shown wherever a system has no equivalent, so an empty cell never looks like a forgotten value. */
export const NONE = '—';

/** The heading text of a list's section; it carries the id so two lists with one title stay apart. */
export function codeListHeading(list: CodeListInfo): string {
  return `${list.title} (${code(list.id)})`;
}

/** A link to a list's section from a page at `fromDir` (relative to the repository root). */
export function codeListHref(list: CodeListInfo, fromDir: string): string {
  const depth = fromDir.split('/').filter(Boolean).length - 1;
  return `${'../'.repeat(depth)}code-lists.md#${headingSlug(codeListHeading(list))}`;
}

/** The `$id` of the schema document that defines a list. */
const ownerOf = (list: CodeListInfo): string => list.ref.split('#')[0] ?? '';

interface Group {
  heading: string;
  intro?: string;
  lists: CodeListInfo[];
}

/** Shared lists (defs/) first, then each dataset type's own lists, then any other schema's. */
function groupCodeLists(registry: Registry): Group[] {
  const lists = registry.listCodeLists();
  const shared: Group = {
    heading: 'Shared code lists',
    intro: 'Used by several dataset types; defined in `schemas/v1/defs/`.',
    lists: lists.filter((list) => ownerOf(list).includes('/defs/')),
  };
  const claimed = new Set(shared.lists);
  const byType = [...registry.listDatasetTypes()]
    .sort((a, b) => a.type.localeCompare(b.type))
    .map((info): Group => {
      const own = lists.filter((list) => ownerOf(list) === info.schemaId);
      for (const list of own) claimed.add(list);
      return {
        heading: `${info.title} (${code(info.type)})`,
        intro: `Defined by the [${info.title}](reference/${info.type}.md) schema and used only there.`,
        lists: own,
      };
    });
  const rest = lists.filter((list) => !claimed.has(list));
  const others = [...new Set(rest.map(ownerOf))].map((id): Group => {
    const title = String(registry.documents.get(id)?.title ?? id);
    return { heading: title, lists: rest.filter((list) => ownerOf(list) === id) };
  });
  return [shared, ...byType, ...others].filter((group) => group.lists.length > 0);
}

/** Where each list is used, as `type: field, field` keyed by the list's `ref`. */
function usage(registry: Registry, descriptorId: string | undefined): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const record = (label: string, fields: ReturnType<Registry['listFields']>) => {
    const byList = new Map<string, string[]>();
    for (const field of fields) {
      if (!field.codeList) continue;
      byList.set(field.codeList.ref, [...(byList.get(field.codeList.ref) ?? []), field.name]);
    }
    for (const [ref, names] of byList) uses.set(ref, [...(uses.get(ref) ?? []), `${label}: ${codeList(names)}`]);
  };
  for (const info of [...registry.listDatasetTypes()].sort((a, b) => a.type.localeCompare(b.type))) {
    record(`[${info.type}](reference/${info.type}.md)`, registry.listFields(info.type, info.version));
  }
  if (descriptorId)
    record('[dataset descriptor](reference/dataset-descriptor.md)', registry.listSchemaFields(descriptorId));
  return uses;
}

function renderList(list: CodeListInfo, usedBy: string[] | undefined): string {
  const notes = CROSSWALK_SYSTEMS.filter((system) => list.notes?.[system]).map(
    (system) => `- **${SYSTEM_NAMES[system]}:** ${prose(list.notes[system])}`,
  );
  const rows = list.values.map((value) => {
    const entry = list.codes[value];
    const crosswalk = (system: CrosswalkSystem) => {
      const target = entry?.crosswalk[system];
      return target === undefined ? NONE : code(target);
    };
    return [
      code(value),
      entry ? prose(entry.label) : NONE,
      entry ? prose(entry.description) : NONE,
      crosswalk('opp'),
      crosswalk('nibrs'),
      crosswalk('opd'),
      entry && entry.aliases.length > 0 ? codeList(entry.aliases) : NONE,
    ];
  });
  return [
    `### ${codeListHeading(list)}`,
    list.description ? prose(list.description) : undefined,
    usedBy ? `Used by ${usedBy.join('; ')}.` : 'Not used by any field yet.',
    notes.length > 0 ? `How it maps:\n\n${notes.join('\n')}` : undefined,
    table(['Code', 'Label', 'Description', 'OPP', 'NIBRS', 'OPD', 'Common spellings'], rows),
  ]
    .filter((block): block is string => block !== undefined)
    .join('\n\n');
}

const INTRO = `# Code lists

A code list is the closed set of values a field may take, such as the race of a person or the outcome
of a stop. Publishers record these values in many ways (\`B\`, \`BLK\`, \`Black/African American\`);
the standard gives each one a single snake_case code, so datasets from different cities can be compared.

For every code the tables below give its label, what it means, and the equivalent value in the
${SYSTEM_NAMES.opp}, ${SYSTEM_NAMES.nibrs} and ${SYSTEM_NAMES.opd}. A dash (${NONE}) means the system
has no equivalent; the notes above each table say how the list maps as a whole.

**Common spellings are hints, not rules.** They are values seen in published files and help build a
mapping, but they are never applied silently: the same letter means different things in different
cities (\`N\` is Native American in one file and "Non-Latino" in another; \`L\` is "Caucasian, Hispanic"
in Dallas but Latino elsewhere). A mapping file therefore always states its own crosswalk from the
source's values to these codes.`;

export function generateCodeListsDoc(files: SchemaFile[]): GeneratedFile[] {
  const registry = createRegistry(files.map((file) => file.document));
  const descriptorId = files.find((file) => file.path === 'v1/dataset.schema.json')?.document.$id;
  const groups = groupCodeLists(registry);
  const uses = usage(registry, descriptorId);
  const contents = groups.map((group) => {
    const items = group.lists.map((list) => `  - [${list.title}](#${headingSlug(codeListHeading(list))})`);
    return [`- [${group.heading}](#${headingSlug(group.heading)})`, ...items].join('\n');
  });
  const total = groups.reduce((sum, group) => sum + group.lists.length, 0);
  const sections = groups.map((group) =>
    [`## ${group.heading}`, group.intro, ...group.lists.map((list) => renderList(list, uses.get(list.ref)))]
      .filter((block): block is string => block !== undefined)
      .join('\n\n'),
  );
  const content = document([
    generatedComment,
    INTRO,
    `## Contents\n\n${plural(total, 'code list')}. Field-by-field reference: [docs/reference](reference/README.md).\n\n${contents.join('\n')}`,
    ...sections,
  ]);
  return [{ path: CODE_LISTS_PATH, content }];
}
