import { Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { applyServerErrors } from '../../core/errors/server-form-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LanguageSwitch } from '../../core/layout/language-switch';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';

/** Only same-site paths are followed after sign-in. */
export function safeReturnUrl(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') ? value : '/';
}

@Component({
  selector: 'app-sign-in-page',
  imports: [ReactiveFormsModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, NzIconModule, TranslatePipe, FieldErrorPipe, LanguageSwitch],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss'
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly errors = inject(ErrorNotifier);

  protected readonly form = new FormGroup({
    userName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(256)] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128)] })
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly expired = this.route.snapshot.queryParamMap.get('expired') === '1';

  async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach(c => c.markAsDirty());
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { userName, password } = this.form.getRawValue();
      await this.auth.signIn(userName.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
    } catch (e) {
      const problem = toProblem(e);
      const unplaced = applyServerErrors(this.form, problem.errors);
      this.error.set(unplaced.length ? unplaced.join(' ') : this.errors.describe(problem));
    } finally {
      this.submitting.set(false);
    }
  }
}
