import { useParams } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { DocumentPage } from "@/features/documents/components/document-page";
import { useFlashMessage } from "@/shared/hooks/use-flash-message";
import { knownRoles } from "@/shared/roles";

/** A document (/dokument/:id): its versions, review history and the steps of the viewer's side. */
export function DocumentRoute() {
  const { documentId = "" } = useParams();
  const { data: me } = useMe();
  const message = useFlashMessage();
  return (
    <DocumentPage
      key={documentId}
      documentId={documentId}
      roles={knownRoles(me?.roles ?? [])}
      initialMessage={message}
    />
  );
}
