import { EnterpriseContactDto } from '../../../proxy/models/enterprise-contact-dto';

/** The server masks phones and e-mails (138****5678) for readers without Cultivation.PersonalData. */
export function isMasked(contact: EnterpriseContactDto): boolean {
  return (contact.phone ?? '').includes('*') || (contact.email ?? '').includes('*');
}
