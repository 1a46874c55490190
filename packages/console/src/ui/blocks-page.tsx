import type { BlockView } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';

const STATUS: Record<BlockView['status'], string> = {
  pending: 'Waiting for approval',
  active: 'In force',
  lifted: 'Lifted',
};
const ADDRESS: Record<BlockView['address'], string> = {
  none: 'browser',
  subnet: 'browser and network',
  full: 'browser and address',
};

/**
 * The block list: blocks in force or waiting, for a library's admins (their library's) and the
 * coordinators (all, approving the cooperative blocks). Expired blocks drop off by themselves.
 */
export function BlocksPage() {
  const { api, notices } = useConsole();
  const [data, setData] = useState<Loadable<BlockView[]>>(loading);
  const [failure, setFailure] = useState<string | null>(null);
  const reload = useCallback(async () => {
    setData(await load(async () => (await api.blocks()).blocks));
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const act = async (block: BlockView, verb: 'approve' | 'lift') => {
    try {
      await (verb === 'approve' ? api.approveBlock(block.id) : api.liftBlock(block.id));
      notices.push(verb === 'approve' ? 'Block approved for the cooperative.' : 'Block lifted.');
      setFailure(null);
      await reload();
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };
  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Blocked patrons</h1>
      </div>
      <p class="muted">
        A blocked patron sees “no librarian is free” and the form to leave a question. Blocks
        survive the nightly scrub and end by themselves when they expire.
      </p>
      {failure && (
        <p class="banner banner-error" role="alert">
          {failure}
        </p>
      )}
      {data.state === 'loading' && <p class="muted">Loading…</p>}
      {data.state === 'error' && <p class="form-error">{data.message}</p>}
      {data.state === 'ready' && data.value.length === 0 && <p class="muted">Nobody is blocked.</p>}
      {data.state === 'ready' && data.value.length > 0 && (
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">Blocks in force or waiting for approval</caption>
            <thead>
              <tr>
                <th scope="col">Library</th>
                <th scope="col">Where</th>
                <th scope="col">Status</th>
                <th scope="col">Reason</th>
                <th scope="col">By</th>
                <th scope="col">Until</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.value.map((block) => (
                <tr key={block.id}>
                  <td>{block.libraryName}</td>
                  <td>
                    {block.scope === 'cooperative' ? 'Cooperative' : 'Library'} (
                    {ADDRESS[block.address]})
                  </td>
                  <td>
                    {STATUS[block.status]}
                    {block.decidedByName && block.status === 'active' && (
                      <span class="muted"> by {block.decidedByName}</span>
                    )}
                  </td>
                  <td>{block.reason}</td>
                  <td>
                    {block.createdByName}, {formatDateTime(block.createdAt)}
                  </td>
                  <td>{formatDateTime(block.expiresAt)}</td>
                  <td class="row-actions">
                    {block.canApprove && (
                      <button
                        type="button"
                        class="btn btn-small btn-primary"
                        aria-label={`Approve the block of ${block.createdByName}: ${block.reason}`}
                        onClick={() => void act(block, 'approve')}
                      >
                        Approve
                      </button>
                    )}
                    {block.canLift && (
                      <button
                        type="button"
                        class="btn btn-small"
                        aria-label={`Lift the block of ${block.createdByName}: ${block.reason}`}
                        onClick={() => void act(block, 'lift')}
                      >
                        Lift
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
