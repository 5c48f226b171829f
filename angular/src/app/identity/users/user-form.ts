import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { Roles } from '../../core/auth/permissions';
import { CreateUserDto } from '../../proxy/models/create-user-dto';
import { IdentityUserDto } from '../../proxy/models/identity-user-dto';
import { UpdateUserDto } from '../../proxy/models/update-user-dto';
import { blankToNull } from '../../shared/ui/form-helpers';
import { passwordPolicyValidator, phoneValidator, userNameValidator } from '../../shared/validators/form-validators';

/** An investor account holds the Investor role only (the server's rule 04016). */
export function investorAloneValidator(control: AbstractControl): ValidationErrors | null {
  const roles = (control.value as string[] | null) ?? [];
  return roles.includes(Roles.investor) && roles.length > 1 ? { investorAlone: true } : null;
}

export function createUserForm(isCreate: boolean) {
  const form = new FormGroup({
    userName: new FormControl('', { nonNullable: true, validators: isCreate ? [Validators.required, Validators.minLength(3), Validators.maxLength(64), userNameValidator] : [] }),
    password: new FormControl('', { nonNullable: true, validators: isCreate ? [Validators.required, Validators.maxLength(128), passwordPolicyValidator] : [] }),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(256), Validators.email] }),
    phoneNumber: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(32), phoneValidator] }),
    roles: new FormControl<string[]>([], { nonNullable: true, validators: [Validators.required, investorAloneValidator] }),
    districtId: new FormControl<string | null>(null),
    institutionId: new FormControl<string | null>(null),
    isActive: new FormControl(true, { nonNullable: true })
  });
  const applyRoleRules = () => {
    const roles = form.controls.roles.value;
    toggleRequired(form.controls.districtId, roles.includes(Roles.districtOfficer));
    toggleRequired(form.controls.institutionId, roles.includes(Roles.investor));
  };
  form.controls.roles.valueChanges.subscribe(applyRoleRules);
  applyRoleRules();
  return form;
}

export type UserForm = ReturnType<typeof createUserForm>;

/** A district only for officers, an institution only for investors: otherwise the field is cleared and disabled. */
function toggleRequired(control: FormControl<string | null>, needed: boolean): void {
  if (needed) {
    control.setValidators(Validators.required);
    control.enable({ emitEvent: false });
  } else {
    control.clearValidators();
    control.setValue(null, { emitEvent: false });
    control.disable({ emitEvent: false });
  }
  control.updateValueAndValidity({ emitEvent: false });
}

export function fillUserForm(form: UserForm, user: IdentityUserDto): void {
  form.patchValue({
    userName: user.userName ?? '',
    displayName: user.displayName ?? '',
    email: user.email ?? '',
    phoneNumber: user.phoneNumber ?? '',
    roles: [...(user.roles)],
    isActive: user.isActive ?? true
  });
  form.patchValue({ districtId: user.districtId ?? null, institutionId: user.institutionId ?? null });
}

export function toUpdateUserDto(form: UserForm, concurrencyStamp: string | null): UpdateUserDto {
  const value = form.getRawValue();
  return {
    displayName: value.displayName.trim(),
    email: blankToNull(value.email),
    phoneNumber: blankToNull(value.phoneNumber),
    roles: value.roles,
    districtId: value.districtId,
    institutionId: value.institutionId,
    isActive: value.isActive,
    concurrencyStamp
  };
}

export function toCreateUserDto(form: UserForm): CreateUserDto {
  const value = form.getRawValue();
  const { concurrencyStamp: _stamp, ...rest } = toUpdateUserDto(form, null);
  return { ...rest, userName: value.userName.trim(), password: value.password };
}
