import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentSubject } from '../../shared/domain/dialogue';

/**
 * A projected draft travels to the projector as it is typed, not only when the autosave has written it: one
 * BroadcastChannel per meeting, which both shells have because the laptop's and the projector's pages share an origin.
 */
export function liveDraftChannelName(meetingId: string): string {
  return `malsamtal-utkast:${meetingId}`;
}

export interface LiveDraft {
  subject: CommentSubject;
  text: string;
}

function isLiveDraft(data: unknown): data is LiveDraft {
  if (typeof data !== 'object' || data === null) return false;
  const { subject, text } = data as Record<string, unknown>;
  return typeof subject === 'string' && typeof text === 'string';
}

function openChannel(meetingId: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(liveDraftChannelName(meetingId)) : null;
}

/** The secretary's side: a sender that posts only while `active` (the draft is on the projector). */
export function useLiveDraftSender(meetingId: string, active: boolean): (draft: LiveDraft) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    const opened = openChannel(meetingId);
    channel.current = opened;
    return () => {
      channel.current = null;
      opened?.close();
    };
  }, [meetingId, active]);
  return useCallback((draft: LiveDraft) => channel.current?.postMessage(draft), []);
}

/**
 * The projector's side: the newest text typed for what is projected, or null until some arrives. It starts over
 * whenever the projection changes (another subject, taken down, agreed), so the database's value shows until the
 * secretary types again and an old live text can never outlive the projection it belonged to.
 */
export function useLiveDraft(meetingId: string, projection: string | null): LiveDraft | null {
  const [live, setLive] = useState<{ projection: string; draft: LiveDraft } | null>(null);
  useEffect(() => {
    if (projection === null) return undefined;
    const channel = openChannel(meetingId);
    if (channel)
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (isLiveDraft(event.data)) setLive({ projection, draft: { subject: event.data.subject, text: event.data.text } });
      };
    return () => {
      channel?.close();
      setLive(null);
    };
  }, [meetingId, projection]);
  return live && live.projection === projection ? live.draft : null;
}
