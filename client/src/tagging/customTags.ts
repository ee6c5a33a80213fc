/** The user's own tag labels, from the `reportLens.customTags` setting (read as the server reads them). */
import * as vscode from 'vscode';
import { readCustomTags, type CustomTag } from '../../../shared/settings';

/** The custom tags in force for a document (entries without a name are left out). */
export function customTags(uri?: vscode.Uri): CustomTag[] {
  return readCustomTags(vscode.workspace.getConfiguration('reportLens', uri).get<unknown>('customTags'));
}
