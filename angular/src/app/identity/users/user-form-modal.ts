import { Component, OnInit, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { ALL_ROLES } from '../../core/auth/permissions';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { userCreate } from '../../proxy/fn/user/user-create';
import { userUpdate } from '../../proxy/fn/user/user-update';
import { IdentityUserDto } from '../../proxy/models/identity-user-dto';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { createUserForm, fillUserForm, toCreateUserDto, toUpdateUserDto } from './user-form';
import { LocalNamePipe } from '../../shared/format/local-name.pipe';

@Component({
  selector: 'app-user-form-modal',
  imports: [LocalNamePipe, ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzSelectModule, NzSwitchModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  templateUrl: './user-form-modal.html'
})
export class UserFormModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly reference = inject(ReferenceDataService);
  protected readonly i18n = inject(I18nService);

  /** The user to edit; null to create one. */
  readonly user = input<IdentityUserDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected form = createUserForm(true);
  protected readonly roles = ALL_ROLES;
  protected readonly districts = toSignal(this.reference.districts(), { initialValue: [] });
  protected readonly institutions = toSignal(this.reference.institutions(), { initialValue: [] });
  protected submission = new FormSubmission(this.form, this.notifier);

  ngOnInit(): void {
    const user = this.user();
    if (user) {
      this.form = createUserForm(false);
      this.submission = new FormSubmission(this.form, this.notifier);
      fillUserForm(this.form, user);
    }
  }

  protected async save(): Promise<void> {
    const user = this.user();
    const saved = await this.submission.submit(() =>
      firstValueFrom(
        user
          ? this.api.call(userUpdate, { id: user.id, body: toUpdateUserDto(this.form, user.concurrencyStamp) })
          : this.api.call(userCreate, { body: toCreateUserDto(this.form) })
      )
    );
    if (saved) {
      this.notifier.success('common.saved');
      this.saved.emit();
    }
  }
}
