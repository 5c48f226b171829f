import { Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { Problem, toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { publishedProfileGet } from '../../proxy/fn/published-profile/published-profile-get';
import { ExpressInterestResultDto } from '../../proxy/models/express-interest-result-dto';
import { PublishedProfileDto } from '../../proxy/models/published-profile-dto';
import { FractionPipe, WanYuanPipe } from '../../shared/format/format.pipes';
import { PageHeader } from '../../shared/ui/page-header';
import { ExpressInterestModal } from './express-interest-modal';
import { amountText, interestBlocked, showsExactFigures } from './profile-figures';

/** Wan with up to two decimals in the reader's language (1,000 / 1,234.5). */
function formatWan(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2 }).format(value);
}

/**
 * A project profile as investors read it (GET /api/app/profiles/{id}): sections, awards, figures as bands (exact only
 * with consent), the financing need, and 表达对接意向 for investors.
 */
@Component({
  selector: 'app-profile-page',
  imports: [
    RouterLink, NzAlertModule, NzButtonModule, NzCardModule, NzDescriptionsModule, NzIconModule, NzResultModule, NzSkeletonModule, NzTagModule,
    TranslatePipe, EnumLabelPipe, FractionPipe, WanYuanPipe, PageHeader, ExpressInterestModal
  ],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss'
})
export class ProfilePage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly id = this.route.snapshot.paramMap.get('id') as string;
  protected readonly profile = signal<PublishedProfileDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly expressing = signal(false);
  protected readonly canExpress = computed(() => this.session.granted().has(Permissions.profileSearch.expressInterest));
  protected readonly blocked = computed(() => {
    const profile = this.profile();
    return profile ? interestBlocked(profile) : null;
  });
  protected readonly exact = computed(() => {
    const profile = this.profile();
    return profile ? showsExactFigures(profile) : false;
  });
  protected readonly english = computed(() => this.i18n.language() === 'en');
  protected readonly headline = computed(() => {
    const p = this.profile();
    return p ? (this.english() && p.headlineEn ? p.headlineEn : p.headline) : '';
  });
  protected readonly summary = computed(() => {
    const p = this.profile();
    return p ? (this.english() && p.summaryEn ? p.summaryEn : p.summary) : '';
  });
  protected readonly amount = computed(() => {
    const p = this.profile();
    if (!p) {
      return '';
    }
    const text = amountText(p);
    const language = this.i18n.language();
    switch (text.kind) {
      case 'range':
        return this.i18n.t('publishedProfile.amountRange', { min: formatWan(text.min, language), max: formatWan(text.max, language) });
      case 'from':
        return this.i18n.t('publishedProfile.amountFrom', { min: formatWan(text.min, language) });
      case 'upTo':
        return this.i18n.t('publishedProfile.amountUpTo', { max: formatWan(text.max, language) });
      case 'band':
        return this.i18n.enumLabel('FinancingAmountBand', text.band);
      default:
        return '—';
    }
  });
  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      this.profile.set(await firstValueFrom(this.api.call(publishedProfileGet, { id: this.id })));
    } catch (error) {
      this.problem.set(toProblem(error));
    }
  }

  protected describe(problem: Problem): string {
    return this.notifier.describe(problem);
  }

  /** Closed without success (e.g. the server said interest was already expressed, Cultivation:10007): read the state again. */
  protected onClosed(): void {
    this.expressing.set(false);
    void this.load();
  }

  protected onSent(_result: ExpressInterestResultDto | null): void {
    this.expressing.set(false);
    this.profile.update(p => (p ? { ...p, interestExpressed: true } : p));
  }
}
