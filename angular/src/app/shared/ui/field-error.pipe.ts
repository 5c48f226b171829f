import { Pipe, PipeTransform, inject } from '@angular/core';
import { AbstractControl, ValidationErrors } from '@angular/forms';
import { I18nService } from '../../core/i18n/i18n.service';

/**
 * The message for a control's first error, in the current language:
 * <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(control: AbstractControl | null | undefined): string {
    return control?.errors ? describeErrors(control.errors, this.i18n) : '';
  }
}

export function describeErrors(errors: ValidationErrors, i18n: I18nService): string {
  if (typeof errors['server'] === 'string') {
    return errors['server'];
  }
  if (errors['required']) {
    return i18n.t('validation.required');
  }
  if (errors['maxlength']) {
    return i18n.t('validation.maxLength', { max: errors['maxlength'].requiredLength });
  }
  if (errors['minlength']) {
    return i18n.t('validation.minLength', { min: errors['minlength'].requiredLength });
  }
  if (errors['min']) {
    return i18n.t('validation.min', { min: errors['min'].min });
  }
  if (errors['max']) {
    return i18n.t('validation.max', { max: errors['max'].max });
  }
  if (errors['email']) {
    return i18n.t('validation.email');
  }
  if (errors['creditCode']) {
    return i18n.t('validation.creditCode');
  }
  if (errors['url']) {
    return i18n.t('validation.url');
  }
  if (errors['phone']) {
    return i18n.t('validation.phone');
  }
  if (errors['userName']) {
    return i18n.t('validation.userName');
  }
  if (errors['password']) {
    return i18n.t('validation.password');
  }
  if (errors['passwordConfirm']) {
    return i18n.t('validation.passwordConfirm');
  }
  if (errors['notInFuture']) {
    return i18n.t('validation.notInFuture');
  }
  if (errors['notGreaterThan']) {
    return i18n.t('validation.notGreaterThan', { other: i18n.t(errors['notGreaterThan'].otherLabel) });
  }
  if (errors['endBeforeStart']) {
    return i18n.t('validation.endBeforeStart');
  }
  if (errors['investorAlone']) {
    return i18n.t('validation.investorAlone');
  }
  if (errors['nextContactAfter']) {
    return i18n.t('service.nextContactAfter');
  }
  if (errors['resolvedBeforeRaised']) {
    return i18n.t('request.resolvedBeforeRaised');
  }
  if (errors['ruleTwice']) {
    return i18n.t('policy.ruleTwice');
  }
  if (errors['outsideYear']) {
    return i18n.t('calendar.outsideYear', { year: errors['outsideYear'].year });
  }
  if (errors['workdayNotWeekend']) {
    return i18n.t('calendar.workdayNotWeekend');
  }
  if (errors['dateTwice']) {
    return i18n.t('calendar.dateTwice');
  }
  if (errors['importFileType']) {
    return i18n.t('import.fileType');
  }
  if (errors['maxTags']) {
    return i18n.t('validation.maxTags', { max: errors['maxTags'].max });
  }
  if (errors['integer']) {
    return i18n.t('validation.integer');
  }
  return i18n.t('validation.invalid');
}
