import { useTranslation } from 'react-i18next';

export function StageBadge({ stage }: { stage: string }) {
  const { t } = useTranslation();
  return <span className={`pp-stage pp-stage-${stage}`}>{t(`stage.${stage}`)}</span>;
}

export function GradeBadge({ grade }: { grade: string }) {
  return <span className={`pp-grade pp-grade-${grade}`}>{grade}</span>;
}
