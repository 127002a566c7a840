import { useState } from 'react';
import { useSettings } from './use-settings';
import { initialsOf } from '../utils/model/name-parts';

/** A photo from the address it was captured with (unless photos are off), else initials. */
export function Avatar({ name, url, size = 40 }: { name: string; url: string; size?: number }) {
  const { settings, loaded } = useSettings();
  const [failed, setFailed] = useState(false);
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4) };
  // Until the stored settings are read, assume nothing: a photo request made with photos off cannot be taken back.
  if (url && loaded && settings.loadPhotos && !failed && url.startsWith('https:')) {
    return (
      <img
        className="avatar"
        src={url}
        alt=""
        style={style}
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span className="avatar avatar-initials" aria-hidden="true" style={style}>
      {initialsOf(name)}
    </span>
  );
}
