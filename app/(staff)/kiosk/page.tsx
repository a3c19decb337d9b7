// Kiosk devices (shared tablets) per channel: enrol one, see which are enrolled, revoke. Strategists for every
// channel, coordinators for the channels their organisation runs; viewers get "not found".
import type { Metadata } from 'next';
import { ActionForm, Hidden } from '@/app/_components/action-form';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { listKioskChannels } from '@/lib/kiosk/devices';
import { revokeKioskAction } from './actions';
import { EnrolForm } from './enrol-form';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('kiosk.title') };
}

export default async function KioskDevicesPage() {
  const { actor, db } = await requirePageContext();
  const { channels, devices } = await orNotFound(listKioskChannels(db, actor));
  const tr = await getTranslations();
  return (
    <div className="page">
      <h1>{tr('kiosk.title')}</h1>
      <p>{tr('kiosk.explained')}</p>
      {channels.length === 0 && <p>{tr('kiosk.none')}</p>}
      {channels.map((channel) => {
        const mine = devices.filter((device) => device.channelId === channel.channelId);
        const headingId = `channel-${channel.channelId}`;
        return (
          <section key={channel.channelId} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {channel.channelName} · {channel.roundName}
            </h2>
            {mine.length === 0 ? (
              <p>{tr('kiosk.noDevices')}</p>
            ) : (
              <TableScroll label={`${channel.channelName}: ${tr('kiosk.devices')}`}>
                <table>
                  <caption>{tr('kiosk.devices')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tr('kiosk.device')}</th>
                      <th scope="col">{tr('kiosk.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((device) => (
                      <tr key={device.id}>
                        <td>
                          {device.label} <span className="hint">{device.createdAt.toISOString().slice(0, 10)}</span>
                        </td>
                        <td>
                          {device.revokedAt ? (
                            tr('kiosk.revokedState')
                          ) : (
                            <ActionForm
                              action={revokeKioskAction}
                              submitLabel={tr('kiosk.revoke', { label: device.label })}
                              success={tr('kiosk.revoked')}
                              inline
                            >
                              <Hidden name="deviceId" value={device.id} />
                            </ActionForm>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {channel.roundStatus !== 'closed' && (
              <EnrolForm
                channelId={channel.channelId}
                heading={tr('kiosk.enrolFor', { channel: channel.channelName })}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
