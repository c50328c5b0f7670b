import type { DocumentItem } from "./get-document";
import { submitDocument } from "./submit-document";

/**
 * What an upload that hands in at once ended with: the document (submitted, or still a draft) and,
 * when handing in was refused (a monthly report before its month is over, say), why.
 */
export type UploadOutcome = { document: DocumentItem; handInError: unknown };

/**
 * Submit a freshly stored draft. The file is kept whatever happens: a refused hand-in leaves the
 * draft, and the reason is shown on its page, where it can be handed in later.
 */
export async function handInAfterUpload(document: DocumentItem): Promise<UploadOutcome> {
  if (document.status !== "draft" && document.status !== "returned") return { document, handInError: null };
  try {
    return { document: await submitDocument(document.id), handInError: null };
  } catch (error) {
    return { document, handInError: error };
  }
}
