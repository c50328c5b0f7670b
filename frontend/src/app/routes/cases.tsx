import { CasesPage } from "@/features/cases/components/cases-page";
import { useI18n } from "@/shared/i18n/i18n";

const LISTS = {
  myCases: { title: "myCases.title", caption: "myCases.caption", empty: "myCases.empty", testId: "my-cases-page" },
  allCases: { title: "allCases.title", caption: "allCases.caption", empty: "allCases.empty", testId: "all-cases-page" },
  unitCases: {
    title: "unitCases.title",
    caption: "unitCases.caption",
    empty: "unitCases.empty",
    testId: "unit-cases-page",
  },
} as const;

/** The case lists: a coach's own (/mina-arenden), the provider's (/alla-arenden), the unit's (/enheten). */
export function CasesRoute({ list }: { list: keyof typeof LISTS }) {
  const { t } = useI18n();
  const texts = LISTS[list];
  return (
    <CasesPage
      key={list}
      title={t(texts.title)}
      caption={t(texts.caption)}
      emptyText={t(texts.empty)}
      testId={texts.testId}
    />
  );
}
