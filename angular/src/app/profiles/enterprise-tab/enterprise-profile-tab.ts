import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { isConcurrencyConflict, toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { projectProfileGetOfEnterprise } from '../../proxy/fn/project-profile/project-profile-get-of-enterprise';
import { projectProfilePublish } from '../../proxy/fn/project-profile/project-profile-publish';
import { projectProfileSave } from '../../proxy/fn/project-profile/project-profile-save';
import { projectProfileWithdrawConsent } from '../../proxy/fn/project-profile/project-profile-withdraw-consent';
import { ProjectProfileDto } from '../../proxy/models/project-profile-dto';
import { FINANCING_STAGES } from '../../shared/domain-enums';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { LoadFailed } from '../../shared/ui/load-failed';
import { IntroductionList } from '../introductions/introduction-list';
import { profileStatusColor } from '../shared/profile-status';
import { ConsentModal } from './consent-modal';
import { PROFILE_FIELD_OF_CODE, ProfileLimits, createProfileForm, fillProfileForm, profileActions, toSaveDto } from './profile-form';
import { WithdrawProfileModal } from './withdraw-modal';

/**
 * 项目档案 on the enterprise page: the profile the district officer writes, the enterprise's consent, publish and
 * withdraw, and the latest introductions investors asked for. Read-only without Cultivation.Profiles.Edit.
 */
@Component({
  selector: 'app-enterprise-profile-tab',
  imports: [
    ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzDescriptionsModule, NzFormModule, NzGridModule, NzIconModule,
    NzInputModule, NzInputNumberModule, NzPopconfirmModule, NzSelectModule, NzSkeletonModule, NzTagModule, TranslatePipe, EnumLabelPipe, AppDatePipe,
    FieldErrorPipe, ConflictAlert, LoadFailed, IntroductionList, ConsentModal, WithdrawProfileModal
  ],
  templateUrl: './enterprise-profile-tab.html',
  styleUrl: './enterprise-profile-tab.scss'
})
export class EnterpriseProfileTab {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  protected readonly i18n = inject(I18nService);

  readonly enterpriseId = input.required<string>();
  readonly canEdit = input(false);

  protected readonly limits = ProfileLimits;
  protected readonly stages = FINANCING_STAGES;
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly profile = signal<ProjectProfileDto | null>(null);
  /** A new profile's form is shown only after the officer asks for it. */
  protected readonly creating = signal(false);
  protected readonly consenting = signal(false);
  protected readonly withdrawing = signal(false);
  protected readonly busy = signal(false);
  protected readonly introductionsVersion = signal(0);
  protected readonly actions = computed(() => profileActions(this.profile()));
  protected readonly statusColor = profileStatusColor;
  protected readonly form = createProfileForm();
  protected readonly submission = new FormSubmission(this.form, this.notifier, PROFILE_FIELD_OF_CODE);
  protected readonly introductionFilter = computed(() => ({ enterpriseId: this.enterpriseId() }));

  constructor() {
    effect(() => {
      this.enterpriseId();
      untracked(() => void this.load());
    });
    effect(() => {
      if (this.canEdit()) {
        this.form.enable({ emitEvent: false });
      } else {
        this.form.disable({ emitEvent: false });
      }
    });
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const result = await firstValueFrom(this.api.call(projectProfileGetOfEnterprise, { enterpriseId: this.enterpriseId() }));
      this.apply(result.profile ?? null);
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    } finally {
      this.loaded.set(true);
    }
  }

  protected async save(): Promise<void> {
    const result = await this.submission.submit(() =>
      firstValueFrom(this.api.call(projectProfileSave, {
        enterpriseId: this.enterpriseId(),
        body: toSaveDto(this.form, this.profile()?.concurrencyStamp ?? null)
      }))
    );
    if (result) {
      this.notifier.success('profile.saved');
      this.apply(result);
    }
  }

  protected async publish(): Promise<void> {
    await this.change(profile => firstValueFrom(this.api.call(projectProfilePublish, {
      id: profile.id, body: { reason: null, concurrencyStamp: profile.concurrencyStamp ?? null }
    })), 'profile.published');
  }

  protected async withdrawConsent(): Promise<void> {
    await this.change(profile => firstValueFrom(this.api.call(projectProfileWithdrawConsent, {
      id: profile.id, body: { reason: null, concurrencyStamp: profile.concurrencyStamp ?? null }
    })), 'profile.consentWithdrawn');
  }

  protected onChanged(profile: ProjectProfileDto | null): void {
    this.consenting.set(false);
    this.withdrawing.set(false);
    if (profile) {
      this.apply(profile);
    } else {
      void this.load();
    }
  }

  protected resetForm(): void {
    this.submission.reset();
    fillProfileForm(this.form, this.profile());
    if (!this.profile()) {
      this.creating.set(false);
    }
  }

  protected reload(): void {
    this.submission.reset();
    void this.load();
  }

  /** Publish or withdraw consent: the server's reason (e.g. no consent yet, Cultivation:10001) shows as a toast. */
  private async change(call: (profile: ProjectProfileDto) => Promise<ProjectProfileDto>, done: 'profile.published' | 'profile.consentWithdrawn'): Promise<void> {
    const profile = this.profile();
    if (!profile) {
      return;
    }
    this.busy.set(true);
    try {
      this.apply(await call(profile));
      this.notifier.success(done);
    } catch (error) {
      const problem = this.notifier.show(error);
      if (isConcurrencyConflict(problem)) {
        await this.load();
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** What a write returned replaces what is shown; the form is refilled from it. */
  private apply(profile: ProjectProfileDto | null): void {
    this.profile.set(profile);
    fillProfileForm(this.form, profile);
    this.introductionsVersion.update(v => v + 1);
  }
}
