import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { backupProblemMessage } from '../../shared/i18n/catalog/backup';
import { useBridge } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { countMeetings, useMeetingCount } from '../data/meetings';
import { useStartI18n } from '../i18n/I18nProvider';
import { dateTime } from '../meeting/labels';
import { formatRoute } from '../navigation/route';
import { useAnnouncer } from '../stores/announcer';
import { settleStoredDataCheck, useStoredDataCheck } from '../stores/storedDataCheck';

const decoder = new TextDecoder();

/**
 * At start, holds the database up against the app's own record of what it held, kept outside it. Should the database
 * be empty although meetings were there (Chromium may start a store it found corrupt afresh, after a full disk say),
 * it says so and offers the newest automatic backup, naming its time; in the browser shell, a backup file. From then
 * on the record follows the number of meetings.
 */
export function StoredDataCheck() {
  const database = useDatabase();
  const bridge = useBridge();
  const { messages } = useStartI18n();
  const b = messages.backup;
  const l = b.lostData;
  const announce = useAnnouncer((state) => state.announce);
  const check = useStoredDataCheck((state) => state.check);
  const meetingCount = useMeetingCount();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const [{ record, latestBackup }, meetings] = await Promise.all([bridge.readDataRecord(), countMeetings(database)]);
        if (!current) return;
        // Without a record of its own (the first start of this version), automatic backups say that data was there.
        const held = record ? record.meetings > 0 : latestBackup !== null;
        if (meetings === 0 && held)
          useStoredDataCheck.setState({ check: { state: 'empty', meetings: record?.meetings ?? null, latestBackup } });
        else settleStoredDataCheck();
      } catch {
        // A record that cannot be read must not keep the app from its work: it goes on as before the check.
        if (current) settleStoredDataCheck();
      }
    })();
    return () => {
      current = false;
    };
  }, [bridge, database]);

  useEffect(() => {
    if (check.state === 'empty' && meetingCount !== undefined && meetingCount > 0) settleStoredDataCheck();
    // The record is a safeguard: failing to write it (a full disk) is not worth a message of its own.
    if (check.state === 'settled' && meetingCount !== undefined) bridge.writeDataRecord({ meetings: meetingCount }).catch(() => undefined);
  }, [bridge, check.state, meetingCount]);

  if (check.state !== 'empty') return null;
  const time = check.latestBackup && dateTime(check.latestBackup.createdAt);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const latest = await bridge.readLatestBackup();
      if (latest.outcome === 'none') {
        setError(b.restoreFailed);
        return;
      }
      const { readBackup, restoreBackup } = await import('../data/backup');
      const result = await readBackup(database, decoder.decode(latest.bytes));
      if (!result.ok) {
        setError(backupProblemMessage(b, result.problem));
        return;
      }
      // Nothing is kept first: the database holds no meetings to keep.
      await restoreBackup(database, result.content);
      settleStoredDataCheck();
      announce(l.restored(dateTime(latest.createdAt)));
    } catch {
      setError(b.restoreFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="storage-banner" role="alert" aria-labelledby="lost-data-title">
      <h2 id="lost-data-title">{l.title}</h2>
      <p>{check.meetings === null ? l.bodyUnknown : l.body(check.meetings)}</p>
      <p>{time ? l.latestBackup(time) : l.noBackup}</p>
      {error && <p className="alert">{error}</p>}
      <div className="button-row">
        {time ? (
          <Button className="button button-primary" isDisabled={busy} onPress={() => void restore()}>
            {l.restore(time)}
          </Button>
        ) : (
          <a className="button button-primary" href={formatRoute({ screen: 'backups' })}>
            {l.toBackups}
          </a>
        )}
        <Button className="button" isDisabled={busy} onPress={settleStoredDataCheck}>
          {l.startEmpty}
        </Button>
      </div>
    </section>
  );
}
