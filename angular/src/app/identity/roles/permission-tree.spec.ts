import { PermissionGroupDto } from '../../proxy/models/permission-group-dto';
import { grantedNames, isPartlyGranted, togglePermission } from './permission-tree';

const groups: PermissionGroupDto[] = [
  {
    name: 'Cultivation',
    displayName: '赛后培育平台',
    permissions: [
      {
        name: 'Cultivation.Enterprises', displayName: '企业', isGranted: true,
        children: [
          { name: 'Cultivation.Enterprises.Create', displayName: '新建企业', isGranted: true, children: [] },
          { name: 'Cultivation.Enterprises.Edit', displayName: '编辑企业', isGranted: false, children: [] }
        ]
      },
      { name: 'Cultivation.Users', displayName: '用户', isGranted: false, children: [{ name: 'Cultivation.Users.Create', displayName: '新建用户', isGranted: false, children: [] }] }
    ]
  }
];
const enterprises = groups[0].permissions![0];
const users = groups[0].permissions![1];

describe('role permission tree', () => {
  it('reads what the role holds', () => {
    expect([...grantedNames(groups)].sort()).toEqual(['Cultivation.Enterprises', 'Cultivation.Enterprises.Create']);
  });

  it('ticking a child ticks its parent', () => {
    const next = togglePermission(groups, new Set(), users.children![0], true);
    expect([...next].sort()).toEqual(['Cultivation.Users', 'Cultivation.Users.Create']);
  });

  it('unticking a parent unticks its children', () => {
    const next = togglePermission(groups, grantedNames(groups), enterprises, false);
    expect(next.size).toBe(0);
  });

  it('shows a parent as partly granted when some children are ticked', () => {
    expect(isPartlyGranted(enterprises, grantedNames(groups))).toBe(true);
    expect(isPartlyGranted(users, new Set())).toBe(false);
  });
});
