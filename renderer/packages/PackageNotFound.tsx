import { useI18n } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';

/** What a package screen shows when its package is not (or no longer) on this laptop. */
export function PackageNotFound() {
  const m = useI18n().messages.packages;
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.notFound}</p>
      <a href={formatRoute({ screen: 'packages' })}>{m.backToList}</a>
    </>
  );
}
