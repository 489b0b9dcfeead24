import { describe, expect, it } from 'vitest';
import { OVERALL } from '../../shared/domain/dialogue';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { testDisk } from '../../tests/support/testDisk';
import { agreeComment, CommentLockedError, saveDraft } from './meetingRoom';
import { writeReconnecting } from './reconnect';

describe('a write after the disk was full', () => {
  it('succeeds once space is freed, on a new connection, where the old one keeps failing', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    const disk = testDisk(database);
    disk.fill();
    await expect(saveDraft(database, meeting.id, OVERALL, 'Skrivet när disken var full')).rejects.toThrow();
    disk.free();
    const opened = disk.connections();

    await saveDraft(database, meeting.id, OVERALL, 'Skrivet när disken var full');
    expect(disk.connections()).toBe(opened + 1);
    expect((await database.comments.get(`${meeting.id}:${OVERALL}`))?.draft).toBe('Skrivet när disken var full');
  });

  it('opens one new connection for writes that failed together', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    const disk = testDisk(database);
    disk.fill();
    await expect(saveDraft(database, meeting.id, OVERALL, 'Ett')).rejects.toThrow();
    disk.free();
    const opened = disk.connections();

    await Promise.all([saveDraft(database, meeting.id, 'mal-1', 'Ett'), saveDraft(database, meeting.id, 'mal-2', 'Två')]);
    expect(disk.connections()).toBe(opened + 1);
  });

  it('does not try again a write the app itself refuses', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    await saveDraft(database, meeting.id, 'mal-1', 'Enig text');
    await agreeComment(database, meeting.id, 'mal-1');
    const opened = testDisk(database).connections();
    let tries = 0;
    await expect(
      writeReconnecting(database, () => {
        tries += 1;
        return saveDraft(database, meeting.id, 'mal-1', 'Ändrad');
      }),
    ).rejects.toBeInstanceOf(CommentLockedError);
    expect(tries).toBe(1);
    expect(testDisk(database).connections()).toBe(opened);
  });
});
