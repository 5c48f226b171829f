import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ReferenceDataService } from '../core/reference/reference-data.service';
import { IndustryFieldDto } from '../proxy/models/industry-field-dto';
import { LocalIndustryDto } from '../proxy/models/local-industry-dto';
import { IndustryCatalogue } from './industry-catalogue';

const IT: IndustryFieldDto = {
  id: 'f-it', code: 'A01', name: '新一代信息技术', englishName: 'New-generation IT', description: null, isStrategicEmerging: true, isActive: true,
  displayOrder: 1, aliases: ['新一代信息技术产业'], concurrencyStamp: 'f1'
};
const BIO: IndustryFieldDto = { ...IT, id: 'f-bio', code: 'A04', name: '生物', englishName: 'Biotechnology', aliases: [], displayOrder: 4, concurrencyStamp: 'f2' };
const IC: LocalIndustryDto = {
  id: 'l-ic', code: 'SH-IC', name: '集成电路', system: '上海“3+6”新型产业体系', group: '三大先导产业', source: '沪府办发〔2022〕…', industryFieldId: 'f-it',
  industryFieldName: '新一代信息技术', mappingConfirmed: false, isActive: true, displayOrder: 1, concurrencyStamp: 'l1'
};
const BIOMED: LocalIndustryDto = { ...IC, id: 'l-bio', code: 'SH-BIO', name: '生物医药', industryFieldId: 'f-bio', industryFieldName: '生物', displayOrder: 2, concurrencyStamp: 'l2' };

describe('IndustryCatalogue (the administration page\'s calls)', () => {
  let catalogue: IndustryCatalogue;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), IndustryCatalogue] });
    catalogue = TestBed.inject(IndustryCatalogue);
    backend = TestBed.inject(HttpTestingController);
    const loading = catalogue.load();
    backend.expectOne(r => r.url === '/api/app/industry-fields' && r.params.get('IncludeInactive') === 'true').flush({ items: [IT, BIO] });
    backend.expectOne(r => r.url === '/api/app/local-industries' && r.params.get('IncludeInactive') === 'true').flush({ items: [IC, BIOMED] });
    await loading;
  });

  afterEach(() => backend.verify());

  it('loads both lists with retired entries, grouped by system and group, and counts the mappings to confirm', () => {
    expect(catalogue.fields()?.map(f => f.code)).toEqual(['A01', 'A04']);
    expect(catalogue.systems()).toEqual([{ system: '上海“3+6”新型产业体系', groups: [{ group: '三大先导产业', entries: [IC, BIOMED] }] }]);
    expect(catalogue.pendingCount()).toBe(2);
  });

  it('confirms a mapping with the entry as it stands and its stamp, and shows what the server saved', async () => {
    const confirming = catalogue.confirm(IC);
    const request = backend.expectOne('/api/app/local-industries/l-ic');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      name: '集成电路', system: '上海“3+6”新型产业体系', group: '三大先导产业', source: '沪府办发〔2022〕…', industryFieldId: 'f-it',
      mappingConfirmed: true, isActive: true, displayOrder: 1, concurrencyStamp: 'l1'
    });
    request.flush({ ...IC, mappingConfirmed: true, concurrencyStamp: 'l1b' });
    await confirming;
    expect(catalogue.locals()?.find(l => l.id === 'l-ic')).toMatchObject({ mappingConfirmed: true, concurrencyStamp: 'l1b' });
    expect(catalogue.pendingCount()).toBe(1);
  });

  it('maps an entry to another national category (a choice, so confirmed) and retires one', async () => {
    const remapping = catalogue.remap(BIOMED, 'f-it');
    const remap = backend.expectOne('/api/app/local-industries/l-bio');
    expect(remap.request.body).toMatchObject({ industryFieldId: 'f-it', mappingConfirmed: true, concurrencyStamp: 'l2' });
    remap.flush({ ...BIOMED, industryFieldId: 'f-it', mappingConfirmed: true, concurrencyStamp: 'l2b' });
    await remapping;
    const retiring = catalogue.setLocalActive(IC, false);
    const retire = backend.expectOne('/api/app/local-industries/l-ic');
    expect(retire.request.body).toMatchObject({ isActive: false, mappingConfirmed: false, industryFieldId: 'f-it' });
    retire.flush({ ...IC, isActive: false, concurrencyStamp: 'l1c' });
    await retiring;
    expect(catalogue.pendingCount()).toBe(0);
  });

  it('retires a national field keeping its aliases, and makes pickers load the catalogue again', async () => {
    const reference = TestBed.inject(ReferenceDataService);
    const invalidate = vi.spyOn(reference, 'invalidate');
    const retiring = catalogue.setFieldActive(IT, false);
    const request = backend.expectOne('/api/app/industry-fields/f-it');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      name: '新一代信息技术', englishName: 'New-generation IT', description: null, aliases: ['新一代信息技术产业'], isStrategicEmerging: true,
      isActive: false, displayOrder: 1, concurrencyStamp: 'f1'
    });
    request.flush({ ...IT, isActive: false, concurrencyStamp: 'f1b' });
    await retiring;
    expect(catalogue.fields()?.[0]).toMatchObject({ isActive: false, concurrencyStamp: 'f1b' });
    expect(invalidate).toHaveBeenCalledWith('industry-fields');
    // The next picker asks the server again.
    const pick = firstValueFrom(reference.industryFields(true));
    backend.expectOne(r => r.url === '/api/app/industry-fields' && r.params.get('IncludeInactive') === 'true').flush({ items: [] });
    await pick;
  });

  it('keeps a field the server refuses to delete (in use) and passes the refusal on', async () => {
    const deleting = catalogue.deleteField(IT);
    backend.expectOne(r => r.method === 'DELETE' && r.url === '/api/app/industry-fields/f-it').flush(
      { title: '行业领域“新一代信息技术”已被企业使用，不能删除。', code: 'Cultivation:03002' },
      { status: 400, statusText: 'Bad Request' }
    );
    await expect(deleting).rejects.toMatchObject({ status: 400 });
    expect(catalogue.fields()?.map(f => f.id)).toEqual(['f-it', 'f-bio']);
    const deleting2 = catalogue.deleteField(BIO);
    backend.expectOne('/api/app/industry-fields/f-bio').flush(null, { status: 204, statusText: 'No Content' });
    await deleting2;
    expect(catalogue.fields()?.map(f => f.id)).toEqual(['f-it']);
  });

  it('adds a new Shanghai entry at the end of its group', async () => {
    const creating = catalogue.createLocal({ code: 'SH-X', name: '低空经济', system: '四大新赛道', group: null, source: null, industryFieldId: 'f-it', mappingConfirmed: false, isActive: true, displayOrder: 50 });
    const request = backend.expectOne('/api/app/local-industries');
    expect(request.request.method).toBe('POST');
    request.flush({ ...IC, id: 'l-x', code: 'SH-X', name: '低空经济', system: '四大新赛道', group: null });
    await creating;
    expect(catalogue.systems().map(s => s.system)).toEqual(['上海“3+6”新型产业体系', '四大新赛道']);
  });
});
