import { describe, expect, it } from 'vitest';
import { TimelineEntryDto } from '../../proxy/models/timeline-entry-dto';
import { mergeTimeline } from './logged-service';

const entry = (sourceId: string, date: string, kind: TimelineEntryDto['kind']) => ({ sourceId, date, kind, title: sourceId }) as TimelineEntryDto;

describe('a logged service on the timeline', () => {
  it('adds the new timeline entries in the server order: newest first, a request raised above the service of its day', () => {
    const merged = mergeTimeline(
      [entry('older', '2025-05-01', 'Service'), entry('award', '2024-09-30', 'Award')],
      [entry('request', '2025-06-03', 'RequestRaised'), entry('service', '2025-06-03', 'Service')]);
    expect(merged.map(e => e.sourceId)).toEqual(['request', 'service', 'older', 'award']);
  });
});
