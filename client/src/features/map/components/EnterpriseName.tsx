import { useEnterprise } from '../api/details';
import { useFmt } from '../model/format';

/** An enterprise's name from its id (cached per id). */
export function EnterpriseName({ id }: { id: number }) {
  const f = useFmt();
  const q = useEnterprise(id);
  return <>{q.data ? f.name(q.data) : `#${id}`}</>;
}
