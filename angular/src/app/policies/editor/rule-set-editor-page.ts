import { Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { isConcurrencyConflict, toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyProgrammeCreateRuleSet } from '../../proxy/fn/policy-programme/policy-programme-create-rule-set';
import { policyProgrammeGetRuleSet } from '../../proxy/fn/policy-programme/policy-programme-get-rule-set';
import { policyProgrammeUpdateRuleSet } from '../../proxy/fn/policy-programme/policy-programme-update-rule-set';
import { PolicyRuleDefinition } from '../../proxy/models/policy-rule-definition';
import { PolicyRuleSetDto } from '../../proxy/models/policy-rule-set-dto';
import { parseDateOnly, toDate } from '../../shared/format/date-only';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { jsonSyntaxError } from '../shared/json-paths';
import { ProgrammeStore } from '../shared/programme-store';
import { DefinitionFault, EditorErrors, definitionText, sortEditorErrors } from './rule-set-errors';

/**
 * Adds a rule-set version or revises one (Cultivation.Policies.ManageRules): the definition as JSON, checked for
 * syntax here and validated by the server, whose faults are listed at their JSON paths with the line to jump to.
 * Each save is audited; stored assessments keep the version and facts they were made with.
 */
@Component({
  selector: 'app-rule-set-editor-page',
  imports: [
    ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzCardModule, NzDatePickerModule, NzFormModule, NzInputModule, NzSkeletonModule,
    NzTagModule, TranslatePipe, PageHeader, LoadFailed, ConflictAlert
  ],
  template: `
    @let p = programme();
    <app-page-header [title]="(editing() ? ('pol.editorEdit' | t: { version: original()?.version ?? '' }) : ('pol.editorNew' | t)) + (p ? ' · ' + (i18n.language() === 'en' ? p.englishName : p.name) : '')"
      [subtitle]="'pol.editorSubtitle' | t" [backLink]="['/policies/programmes', programmeId]" [backLabel]="'common.back' | t" />
    @if (loadError(); as message) {
      <app-load-failed [title]="'pol.loadFailed' | t" [message]="message" (retry)="load()" />
    } @else if (!loaded()) {
      <nz-skeleton [nzActive]="true" />
    } @else {
      <nz-card>
        @if (conflict()) {
          <app-conflict-alert (reload)="load()" />
        }
        @if (errors()?.general?.length) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="errors()!.general.join('；')" class="block" data-testid="editor-general-errors" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" data-testid="rule-set-editor">
          <div class="head">
            <nz-form-item>
              <nz-form-label [nzRequired]="!editing()" nzFor="version">{{ 'pol.version' | t }}</nz-form-label>
              <nz-form-control [nzValidateStatus]="errors()?.fields?.version ? 'error' : ''" [nzErrorTip]="errors()?.fields?.version?.join(' ') ?? ('pol.versionPattern' | t)">
                <input nz-input id="version" formControlName="version" maxlength="32" placeholder="2026-2" data-testid="editor-version" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'pol.effectiveFrom' | t }}</nz-form-label>
              <nz-form-control [nzValidateStatus]="errors()?.fields?.effectiveFrom ? 'error' : ''" [nzErrorTip]="errors()?.fields?.effectiveFrom?.join(' ') ?? ('validation.required' | t)">
                <nz-date-picker formControlName="effectiveFrom" data-testid="editor-effective-from" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label>{{ 'pol.effectiveTo' | t }}</nz-form-label>
              <nz-form-control [nzValidateStatus]="errors()?.fields?.effectiveTo ? 'error' : ''" [nzErrorTip]="errors()?.fields?.effectiveTo?.join(' ') ?? ''">
                <nz-date-picker formControlName="effectiveTo" data-testid="editor-effective-to" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="definition">{{ 'pol.definition' | t }}</nz-form-label>
            <nz-form-control>
              <div class="hint">{{ 'pol.definitionHelp' | t }}</div>
              <textarea #definitionBox nz-input id="definition" formControlName="definition" rows="28" spellcheck="false" class="json" data-testid="editor-definition"></textarea>
            </nz-form-control>
          </nz-form-item>
          @if (syntax(); as s) {
            <nz-alert nzType="error" nzShowIcon [nzMessage]="'pol.jsonInvalid' | t: s" class="block" data-testid="editor-syntax-error" />
          }
          @if (errors()?.definition?.length) {
            <nz-alert nzType="error" nzShowIcon [nzMessage]="'pol.serverErrors' | t" [nzDescription]="faultList" class="block" data-testid="editor-definition-errors" />
            <ng-template #faultList>
              <ul class="faults">
                @for (fault of errors()!.definition; track $index) {
                  <li data-testid="definition-fault" [attr.data-path]="fault.path">
                    <code>{{ fault.path }}</code>
                    @if (fault.line !== null) {
                      <button nz-button nzType="link" nzSize="small" type="button" (click)="goTo(fault)">{{ 'pol.atLine' | t: { line: fault.line } }}</button>
                    }
                    <span>{{ fault.message }}</span>
                  </li>
                }
              </ul>
            </ng-template>
          }
          <div class="actions">
            <button nz-button nzType="primary" type="submit" [nzLoading]="saving()" data-testid="editor-save">{{ 'common.save' | t }}</button>
            <button nz-button type="button" (click)="format()">{{ 'pol.format' | t }}</button>
            <a nz-button [routerLink]="['/policies/programmes', programmeId]">{{ 'common.cancel' | t }}</a>
          </div>
          <p class="hint">{{ 'pol.editorAudit' | t }}</p>
        </form>
      </nz-card>
    }
  `,
  styles: `
    .head { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 12px; }
    .head nz-date-picker { width: 100%; }
    .json { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; line-height: 18px; }
    .hint { color: rgba(0, 0, 0, 0.5); font-size: 12px; margin-bottom: 6px; }
    .block { display: block; margin-bottom: 12px; }
    .faults { margin: 0; padding-left: 16px; }
    .faults code { background: #fafafa; padding: 0 4px; }
    .actions { display: flex; gap: 8px; }
  `
})
export class RuleSetEditorPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly store = inject(ProgrammeStore);
  protected readonly i18n = inject(I18nService);
  private readonly definitionBox = viewChild<ElementRef<HTMLTextAreaElement>>('definitionBox');

  protected readonly programmeId = this.route.snapshot.paramMap.get('programmeId') as string;
  private readonly ruleSetId = this.route.snapshot.paramMap.get('ruleSetId');
  private readonly fromId = this.route.snapshot.queryParamMap.get('from');
  protected readonly editing = signal(this.ruleSetId !== null);
  protected readonly programme = computed(() => this.store.programmes()?.find(p => p.id === this.programmeId) ?? null);
  protected readonly original = signal<PolicyRuleSetDto | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly conflict = signal(false);
  protected readonly errors = signal<EditorErrors | null>(null);
  protected readonly syntax = signal<{ message: string; line: number; column: number } | null>(null);

  protected readonly form = new FormGroup({
    version: new FormControl<string>('', { nonNullable: true, validators: [Validators.pattern(/^[0-9A-Za-z][0-9A-Za-z._-]*$/), Validators.maxLength(32)] }),
    effectiveFrom: new FormControl<Date | string | null>(null, Validators.required),
    effectiveTo: new FormControl<Date | string | null>(null),
    definition: new FormControl<string>('', { nonNullable: true, validators: Validators.required })
  });

  constructor() {
    if (this.editing()) {
      this.form.controls.version.disable();
    } else {
      this.form.controls.version.addValidators(Validators.required);
    }
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    this.conflict.set(false);
    this.errors.set(null);
    try {
      void this.store.load();
      const sourceId = this.ruleSetId ?? this.fromId;
      const source = sourceId ? await firstValueFrom(this.api.call(policyProgrammeGetRuleSet, { programmeId: this.programmeId, ruleSetId: sourceId })) : null;
      if (this.ruleSetId) {
        this.original.set(source);
        this.form.reset({
          version: source?.version ?? '', effectiveFrom: toDate(source?.effectiveFrom), effectiveTo: toDate(source?.effectiveTo),
          definition: definitionText(source?.definition)
        });
      } else {
        this.form.reset({ version: '', effectiveFrom: null, effectiveTo: null, definition: definitionText(source?.definition ?? { requirements: [] }) });
      }
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    } finally {
      this.loaded.set(true);
    }
  }

  protected format(): void {
    const text = this.form.controls.definition.value;
    const fault = jsonSyntaxError(text);
    this.syntax.set(fault);
    if (!fault) {
      this.form.controls.definition.setValue(definitionText(JSON.parse(text)));
    }
  }

  protected async save(): Promise<void> {
    this.errors.set(null);
    this.conflict.set(false);
    const text = this.form.controls.definition.value;
    const fault = jsonSyntaxError(text);
    this.syntax.set(fault);
    if (fault || this.form.invalid) {
      this.form.markAllAsTouched();
      for (const control of Object.values(this.form.controls)) {
        control.markAsDirty();
        control.updateValueAndValidity();
      }
      return;
    }
    const definition = JSON.parse(text) as PolicyRuleDefinition;
    const body = {
      effectiveFrom: parseDateOnly(this.form.controls.effectiveFrom.value),
      effectiveTo: parseDateOnly(this.form.controls.effectiveTo.value),
      definition,
      concurrencyStamp: this.original()?.concurrencyStamp ?? null
    };
    this.saving.set(true);
    try {
      const saved = this.ruleSetId
        ? await firstValueFrom(this.api.call(policyProgrammeUpdateRuleSet, { programmeId: this.programmeId, ruleSetId: this.ruleSetId, body }))
        : await firstValueFrom(this.api.call(policyProgrammeCreateRuleSet, {
            programmeId: this.programmeId, body: { ...body, version: this.form.controls.version.value.trim() }
          }));
      this.notifier.success('pol.saved');
      await this.store.load(true);
      void this.router.navigate(['/policies/programmes', this.programmeId], { queryParams: { version: saved.id } });
    } catch (error) {
      const problem = toProblem(error);
      if (isConcurrencyConflict(problem)) {
        this.conflict.set(true);
      } else {
        this.errors.set(sortEditorErrors(problem, text));
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** Selects the faulty line in the JSON text and scrolls it into view. */
  protected goTo(fault: DefinitionFault): void {
    const box = this.definitionBox()?.nativeElement;
    if (!box || fault.offset === null || fault.line === null) {
      return;
    }
    const text = box.value;
    const lineStart = text.lastIndexOf('\n', fault.offset - 1) + 1;
    const lineEnd = text.indexOf('\n', fault.offset);
    box.focus();
    box.setSelectionRange(lineStart, lineEnd === -1 ? text.length : lineEnd);
    box.scrollTop = Math.max(0, (fault.line - 4) * 18);
  }
}
