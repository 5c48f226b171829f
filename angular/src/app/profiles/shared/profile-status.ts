/** Tag colours of a profile's status (草稿 / 已公开 / 已撤回). */
export const PROFILE_STATUS_COLORS: Record<string, string> = { Draft: 'default', Published: 'green', Withdrawn: 'orange' };

export function profileStatusColor(status: string | null | undefined): string {
  return PROFILE_STATUS_COLORS[status ?? 'Draft'] ?? 'default';
}
