import type { Metadata } from 'next';
import { changeOwnPasswordAction } from '@/app/actions';
import { ActionForm, Field } from '@/app/_components/action-form';
import { requirePageContext } from '@/lib/page-context';
import { getTranslations } from 'next-intl/server';
import { ownAccount } from '@/lib/users/own-password';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('account.title') };
}

export default async function AccountPage() {
  const { actor, db } = await requirePageContext();
  const account = await ownAccount(db, actor);
  const tr = await getTranslations();
  return (
    <div className="page narrow">
      <h1>{tr('account.title')}</h1>
      <p>{tr('account.signedInAs', { name: actor.name, email: account.email, role: tr(`role.${actor.role}`) })}</p>
      <h2>{tr('account.passwordTitle')}</h2>
      {account.hasPassword ? (
        <>
          <p>{tr('account.passwordExplained')}</p>
          <ActionForm action={changeOwnPasswordAction} submitLabel={tr('users.changePassword')}>
            <Field
              name="currentPassword"
              label={tr('users.currentPassword')}
              type="password"
              autoComplete="current-password"
              required
            />
            <Field
              name="newPassword"
              label={tr('users.newPassword')}
              type="password"
              autoComplete="new-password"
              hint={tr('users.passwordHint')}
              required
            />
          </ActionForm>
        </>
      ) : (
        <p>{tr('users.noPasswordHere')}</p>
      )}
    </div>
  );
}
