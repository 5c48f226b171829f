import { PermissionGrantInfoDto } from '../../proxy/models/permission-grant-info-dto';
import { PermissionGroupDto } from '../../proxy/models/permission-group-dto';

/** The names the role holds now, read from the server's tree. */
export function grantedNames(groups: readonly PermissionGroupDto[]): Set<string> {
  const granted = new Set<string>();
  const visit = (permission: PermissionGrantInfoDto) => {
    if (permission.isGranted && permission.name) {
      granted.add(permission.name);
    }
    permission.children.forEach(visit);
  };
  groups.forEach(group => (group.permissions).forEach(visit));
  return granted;
}

function descendants(permission: PermissionGrantInfoDto): string[] {
  return permission.children.flatMap(child => [child.name ?? '', ...descendants(child)]).filter(Boolean);
}

function parentsOf(groups: readonly PermissionGroupDto[]): Map<string, string> {
  const parents = new Map<string, string>();
  const visit = (permission: PermissionGrantInfoDto, parent: string | null) => {
    if (parent && permission.name) {
      parents.set(permission.name, parent);
    }
    permission.children.forEach(child => visit(child, permission.name ?? null));
  };
  groups.forEach(group => (group.permissions).forEach(p => visit(p, null)));
  return parents;
}

/**
 * Ticks or unticks one permission. A child permission means nothing without its parent (Enterprises.Edit
 * needs Enterprises), so ticking a child ticks its ancestors and unticking a parent unticks its children.
 */
export function togglePermission(
  groups: readonly PermissionGroupDto[],
  granted: ReadonlySet<string>,
  permission: PermissionGrantInfoDto,
  checked: boolean
): Set<string> {
  const next = new Set(granted);
  const name = permission.name ?? '';
  if (checked) {
    next.add(name);
    const parents = parentsOf(groups);
    for (let parent = parents.get(name); parent; parent = parents.get(parent)) {
      next.add(parent);
    }
  } else {
    next.delete(name);
    descendants(permission).forEach(child => next.delete(child));
  }
  return next;
}

/** Whether some but not all of a parent's children are ticked (for the half-ticked box). */
export function isPartlyGranted(permission: PermissionGrantInfoDto, granted: ReadonlySet<string>): boolean {
  const children = descendants(permission);
  const count = children.filter(child => granted.has(child)).length;
  return count > 0 && count < children.length;
}
