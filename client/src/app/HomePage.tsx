import { ParksPage } from '@/features/parks/components/ParksPage';
import { Funnel } from '@/features/projects/components/Funnel';

/**
 * The home page composes two features (the parks overview and the pipeline funnel). Features never
 * import each other (a lint rule holds it); the app is where they meet.
 */
export function HomePage() {
  return <ParksPage funnel={<Funnel />} />;
}
