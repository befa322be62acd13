import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import '@tarif/ui/styles.css';
import '../host.css';
import { hostMessages, isLocale, localeNames, locales } from '../../lib/locales';

// Only /en and /fr exist; any other segment is a 404, not a page in a guessed language.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: hostMessages[locale].documentTitle } : {};
}

/** The root layout: the whole document speaks the route's language. */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const text = hostMessages[locale];
  return (
    <html lang={locale}>
      <body>
        <header className="host-header">
          {/* The document's one h1: the billing page's own headings start at h2 below it. */}
          <h1 className="host-title">
            <span className="host-brand">{text.product}</span>
            <span className="host-section">{text.section}</span>
          </h1>
          <nav aria-label={text.languages}>
            <ul className="host-languages">
              {locales.map((other) => (
                <li key={other}>
                  <a
                    href={`/${other}/billing`}
                    lang={other}
                    hrefLang={other}
                    aria-current={other === locale ? 'page' : undefined}
                  >
                    {localeNames[other]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main className="host-main">{children}</main>
      </body>
    </html>
  );
}
