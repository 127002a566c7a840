import { useEffect, useState } from 'react';
import {
  readHostAccess,
  requestHostAccess,
  shouldOfferHostAccess,
  watchHostAccess,
  type HostAccess,
  type PermissionsPort,
} from '../utils/platform/host-access';
import { useT } from './i18n';
import './host-permission-banner.css';

/**
 * Shown when the browser has not granted access to LinkedIn (Firefox MV3 installs without host permissions).
 * Renders nothing otherwise, so it can sit at the top of the popup on every browser.
 */
export function HostPermissionBanner({ permissions }: { permissions?: PermissionsPort } = {}) {
  const t = useT();
  const [access, setAccess] = useState<HostAccess>('checking');
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let live = true;
    void readHostAccess(permissions).then((next) => live && setAccess(next));
    const stop = watchHostAccess((next) => live && setAccess(next), permissions);
    return () => {
      live = false;
      stop();
    };
  }, [permissions]);

  if (!shouldOfferHostAccess(access)) return null;

  // No await before requestHostAccess: Firefox only prompts inside the click's user gesture.
  const onAllow = () => {
    void requestHostAccess(permissions).then((next) => {
      setAccess(next);
      setRefused(next !== 'granted');
    });
  };

  return (
    <section className="host-access" role="region" aria-labelledby="host-access-title">
      <h2 id="host-access-title" className="host-access-title">
        {t('hostAccess.title')}
      </h2>
      <p className="host-access-body">{t('hostAccess.body')}</p>
      <button type="button" className="btn btn-primary" onClick={onAllow}>
        {t('hostAccess.allow')}
      </button>
      {refused && (
        <p className="host-access-refused" role="status">
          {t('hostAccess.denied')}
        </p>
      )}
    </section>
  );
}
