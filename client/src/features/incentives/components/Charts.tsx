import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageComparison } from '@shared/incentives';
import { formatShare, type Locale } from '@shared/units';
import { EChart } from '@/components/charts/EChart';
import { lineChartOption, PACKAGE_COLOURS, type LineSeries } from '../model/chart-options';

/**
 * The government's cumulative discounted cash flow per package (at the slider's delivered share,
 * clawback included) and the investor's cumulative PV saving. On screen: canvas, following the
 * box; in print: SVG at a fixed size that fits half an A4 width.
 */
export function Charts({
  comps,
  lang,
  deliveredShare,
}: {
  comps: readonly PackageComparison[];
  lang: Locale;
  deliveredShare: number;
}) {
  const { t } = useTranslation('incentives');
  const en = lang === 'en';
  const name = (c: PackageComparison) => (en ? c.nameEn || c.name : c.name);
  const gov: LineSeries[] = useMemo(
    () =>
      comps.map((c) => ({
        name: name(c),
        data: deliveredShare < 1 ? c.delivery.govCumulativePvWithClawback : c.series.govCumulativePv,
      })),
    [comps, deliveredShare, en],
  );
  const inv: LineSeries[] = useMemo(
    () => comps.map((c) => ({ name: name(c), data: c.series.investorCumulativePv })),
    [comps, en],
  );
  const labels = { yearLabel: t('chart.year'), unitWan: t('chart.unitWan'), unitYi: t('chart.unitYi') };
  const govOpt = useMemo(() => lineChartOption({ series: gov, ...labels }), [gov, lang]);
  const invOpt = useMemo(() => lineChartOption({ series: inv, ...labels }), [inv, lang]);
  const govPrint = useMemo(() => lineChartOption({ series: gov, ...labels, compact: true }), [gov, lang]);
  const invPrint = useMemo(() => lineChartOption({ series: inv, ...labels, compact: true }), [inv, lang]);
  const govTitle =
    deliveredShare < 1 ? t('chart.govDelivery', { share: formatShare(deliveredShare, lang) }) : t('chart.gov');
  return (
    <>
      <div className="inc-charts no-print">
        <figure className="card">
          <figcaption>{govTitle}</figcaption>
          <EChart option={govOpt} height={300} testId="chart-gov" />
        </figure>
        <figure className="card">
          <figcaption>{t('chart.investor')}</figcaption>
          <EChart option={invOpt} height={300} testId="chart-investor" />
        </figure>
      </div>
      <div className="inc-charts-print print-only">
        <figure>
          <figcaption>{govTitle}</figcaption>
          <EChart option={govPrint} width={345} height={180} renderer="svg" />
        </figure>
        <figure>
          <figcaption>{t('chart.investor')}</figcaption>
          <EChart option={invPrint} width={345} height={180} renderer="svg" />
        </figure>
      </div>
      <p className="print-only inc-print-legend">
        {comps.map((c, i) => (
          <span key={i}>
            <i style={{ background: PACKAGE_COLOURS[i] }} />
            {i + 1} {name(c)}
          </span>
        ))}
      </p>
    </>
  );
}
