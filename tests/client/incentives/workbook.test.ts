import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { comparePackages } from '@shared/incentives';
import { fillWorkbook, workbookFileName } from '@/features/incentives/model/workbook';
import { drafts, park, project, settings } from './fixtures';

describe('Excel export', () => {
  it(
    'when exported and read back, then the sheets are Chinese and every ' + "figure is a number equal to the screen's",
    async () => {
      const comps = comparePackages({
        packages: drafts.slice(0, 3),
        project,
        settings,
        park,
        gbtGroup: 17,
        deliveredShare: 0.6,
      });
      const wb = new ExcelJS.Workbook();
      fillWorkbook(wb, {
        projectName: '测试项目',
        investor: '测试投资方',
        parkName: '测试园区',
        comparisons: comps,
        settings,
        deliveredShare: 0.6,
        plannedFar: null,
        preparedAt: '2026年11月26日',
      });
      const back = new ExcelJS.Workbook();
      await back.xlsx.load(await wb.xlsx.writeBuffer());
      expect(back.worksheets.map((w) => w.name)).toEqual(['指标对比', '现金流', '合规提示', '测算参数']);

      const m = back.getWorksheet('指标对比')!;
      expect(m.getRow(1).values).toEqual([undefined, '指标', '单位', ...comps.map((c) => c.name)]);
      const npvRow = m.getRow(2);
      expect(npvRow.getCell(1).value).toBe('政府净现值（全口径）');
      for (let i = 0; i < comps.length; i++) {
        const v = npvRow.getCell(3 + i).value;
        expect(typeof v).toBe('number');
        expect(v).toBeCloseTo(comps[i].metrics.govNpvWan, 6);
      }
      const clawRow = m.getRows(1, m.rowCount)!.find((r) => r.getCell(1).value === '未足额交付：政府净现值（含追回）')!;
      expect(clawRow.getCell(3).value).toBeCloseTo(comps[0].delivery.govNpvWithClawbackWan, 6);

      const f = back.getWorksheet('现金流')!;
      expect(f.rowCount).toBe(1 + settings.horizonYears + 1);
      expect(f.getRow(1).getCell(2).value).toBe(`${comps[0].name}·政府现金流（万元）`);
      expect(f.getRow(2 + 5).getCell(3).value).toBeCloseTo(comps[0].series.govCumulativePv[5], 6);

      const w = back.getWorksheet('合规提示')!;
      expect(w.rowCount - 1).toBe(comps.reduce((n, c) => n + c.warnings.length, 0));
      expect(w.getRow(1).values).toEqual([undefined, '方案', '级别', '依据', '说明']);
    },
  );

  it('when the project name has characters Windows forbids, then the file name replaces them', () => {
    expect(workbookFileName('A/B:C*项目', '2026-11-26')).toBe('优惠方案比较_A_B_C_项目_2026-11-26.xlsx');
  });
});
