/** Code actions: "Add to glossary…" on a candidate term (a quoted formula no glossary defines). */
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../../core/analyze';
import type { L10n } from '../../core/l10n';
import { ADD_TO_GLOSSARY_COMMAND, APPLY_GLOSSARY_ENTRY_COMMAND } from '../../../../shared/commands';

export interface AddToGlossaryArgs {
  term: string;
  uri: string;
}

/**
 * Quick fixes for the candidate terms in `range`. Clients that can prompt (VS Code) get a command that asks
 * for a definition; others get one that adds the entry with a placeholder definition to fill in later.
 */
export function getCodeActions(doc: TextDocument, analysis: DocumentAnalysis, range: Range, clientPrompts: boolean, { t }: L10n): CodeAction[] {
  const start = doc.offsetAt(range.start);
  const end = Math.max(doc.offsetAt(range.end), start + 1);
  const actions: CodeAction[] = [];
  for (const term of analysis.inRange('terms', start - 1, end + 1)) {
    if (!term.candidate) continue;
    const name = term.canonical;
    actions.push({
      title: t('Add “{0}” to the glossary…', name),
      kind: CodeActionKind.QuickFix,
      command: clientPrompts
        ? { title: t('Add to glossary…'), command: ADD_TO_GLOSSARY_COMMAND, arguments: [{ term: name, uri: doc.uri } satisfies AddToGlossaryArgs] }
        : {
            title: t('Add to glossary…'),
            command: APPLY_GLOSSARY_ENTRY_COMMAND,
            arguments: [{ entry: { term: name, definition: t('(definition to be written)'), category: 'other' } }],
          },
    });
  }
  return actions;
}
