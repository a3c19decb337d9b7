import type { Metadata } from 'next';
import { changeRoleAction, createUserAction, disableUserAction } from '@/app/actions';
import { ActionForm, Field, Hidden } from '@/app/_components/action-form';
import { orNotFound, requirePageContext } from '@/lib/page-context';
import { accountPlacements, listUsers } from '@/lib/users/manage';
import { getTranslations } from 'next-intl/server';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('users.title') };
}

export default async function UsersPage() {
  const { actor, db } = await requirePageContext();
  const [accounts, placements] = await orNotFound(Promise.all([listUsers(db, actor), accountPlacements(db, actor)]));
  const tr = await getTranslations();
  const roleOptions = placements.roles.map((role) => ({ value: role, label: tr(`role.${role}`) }));
  const organisationOptions = [
    ...(placements.mayLeaveUnplaced ? [{ value: '', label: tr('users.noOrganisation') }] : []),
    ...placements.organisations.map((o) => ({ value: String(o.id), label: o.name })),
  ];
  return (
    <div className="page">
      <h1>{tr('users.title')}</h1>
      <p>{tr(actor.role === 'strategist' ? 'users.explainedStrategist' : 'users.explainedCoordinator')}</p>
      <TableScroll label={tr('users.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('users.name')}</th>
              <th scope="col">{tr('users.role')}</th>
              <th scope="col">{tr('users.organisation')}</th>
              <th scope="col">{tr('users.change')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">
                  {account.name}
                  <div className="hint">{account.email}</div>
                </th>
                <td>{account.disabled ? tr('users.disabled') : tr(`role.${account.role}`)}</td>
                <td>{account.organisationName ?? '–'}</td>
                <td>
                  {account.canEdit && (
                    <details>
                      <summary>{tr('users.changeNamed', { name: account.name })}</summary>
                      <ActionForm
                        action={changeRoleAction}
                        submitLabel={tr('users.saveRole')}
                        success={tr('users.roleSaved')}
                      >
                        <Hidden name="userId" value={account.id} />
                        <Field
                          name="role"
                          label={tr('users.role')}
                          type="select"
                          defaultValue={account.role}
                          options={roleOptions}
                        />
                        <Field
                          name="organisationId"
                          label={tr('users.organisation')}
                          type="select"
                          defaultValue={account.organisationId ?? ''}
                          options={organisationOptions}
                        />
                      </ActionForm>
                      <ActionForm action={disableUserAction} submitLabel={tr('users.disable')} inline>
                        <Hidden name="userId" value={account.id} />
                      </ActionForm>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <section aria-labelledby="new-user">
        <h2 id="new-user">{tr('users.new')}</h2>
        <ActionForm action={createUserAction} submitLabel={tr('users.create')} success={tr('users.created')}>
          <Field name="name" label={tr('users.name')} required />
          <Field name="email" label={tr('users.email')} type="email" required autoComplete="off" />
          <Field name="role" label={tr('users.role')} type="select" defaultValue="viewer" options={roleOptions} />
          <Field
            name="organisationId"
            label={tr('users.organisation')}
            type="select"
            defaultValue={placements.defaultOrganisationId ?? ''}
            options={organisationOptions}
          />
          <Field
            name="password"
            label={tr('users.password')}
            type="password"
            hint={tr('users.passwordHint')}
            required
            autoComplete="new-password"
          />
        </ActionForm>
      </section>
    </div>
  );
}
