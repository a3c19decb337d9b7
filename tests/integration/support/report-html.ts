// The report document as the print page renders it: inside a Swedish NextIntlClientProvider, since its tables are
// named through next-intl's client hook (app/_components/table-scroll.tsx).
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { ReportDocument } from '@/app/(staff)/reports/[roundId]/report-document';
import { messages } from '@/lib/i18n/messages';

export function renderReportHtml(report: ComponentProps<typeof ReportDocument>['report']): string {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: 'sv', messages: messages.sv, timeZone: 'Europe/Stockholm' } as ComponentProps<
        typeof NextIntlClientProvider
      >,
      createElement(ReportDocument, { report }),
    ),
  );
}
