// Generated from client/src/graphql/<name>.graphql and schema/schema.graphql — do not edit; run `npm run schema`.
/* eslint-disable */
import type { TypedDocument } from '../graphql/typed-document';
import type { ComplaintKind, CustomerTier, Role } from './graphql';

export interface LedgerDefinitionsResult {
  ledgerDefinitions: Array<{
    name: string;
    typeName: string;
    plural: string;
    zh: string;
    en: string;
    writable: boolean;
    linesLedger: string | null;
    linesParentField: string | null;
    keyField: string | null;
    departmentFilterField: string | null;
    hasActions: boolean;
    gridSelection: string;
    defaultOrder: Array<{
      field: string;
      direction: string;
    }>;
    quickFilters: Array<{
      key: string;
      zh: string;
      en: string;
      filter: unknown;
      order: Array<{
        field: string;
        direction: string;
      }>;
    }>;
    paperForms: Array<{
      key: string;
      zh: string;
      en: string;
      fields: Array<string>;
      signatures: Array<string>;
      withLines: boolean;
    }>;
    backfillFlag: string | null;
    columns: Array<{
      field: string;
      storageField: string;
      zh: string;
      en: string;
      type: string;
      required: boolean;
      editable: boolean;
      createOnly: boolean;
      backfill: boolean;
      filterable: boolean;
      sortable: boolean;
      maxLength: number | null;
      width: number;
      refLedger: string | null;
      refKey: string | null;
      refName: string | null;
      initial: string | null;
      description: string | null;
      enumValues: Array<{
        value: string;
        zh: string;
        en: string;
      }> | null;
    }>;
  }>;
}
export interface LedgerDefinitionsVariables {
}
export const LedgerDefinitionsDocument = { source: "query LedgerDefinitions { ledgerDefinitions { name typeName plural zh en writable linesLedger linesParentField keyField departmentFilterField hasActions gridSelection defaultOrder { field direction } quickFilters { key zh en filter order { field direction } } paperForms { key zh en fields signatures withLines } backfillFlag columns { field storageField zh en type required editable createOnly backfill filterable sortable maxLength width refLedger refKey refName initial description enumValues { value zh en } } } }" } as TypedDocument<LedgerDefinitionsResult, LedgerDefinitionsVariables>;

export interface LedgerNamesResult {
  ledgerDefinitions: Array<{
    name: string;
    plural: string;
    typeName: string;
  }>;
}
export interface LedgerNamesVariables {
}
export const LedgerNamesDocument = { source: "query LedgerNames { ledgerDefinitions { name plural typeName } }" } as TypedDocument<LedgerNamesResult, LedgerNamesVariables>;

export interface HistoryResult {
  history: Array<{
    seq: number;
    at: string;
    action: string;
    actionLabel: string;
    userName: string | null;
    oldValue: string | null;
    newValue: string | null;
    reason: string | null;
  }>;
}
export interface HistoryVariables {
  entity: string;
  id: number;
  field?: string | null;
}
export const HistoryDocument = { source: "query History($entity: String!, $id: Int!, $field: String) { history(entity: $entity, id: $id, field: $field) { seq at action actionLabel userName oldValue newValue reason } }" } as TypedDocument<HistoryResult, HistoryVariables>;

export interface LoginResult {
  login: {
    token: string;
    user: {
      id: number;
      username: string;
      displayName: string;
      role: Role;
      departmentId: number | null;
      mustChangePassword: boolean;
    };
  };
}
export interface LoginVariables {
  username: string;
  password: string;
}
export const LoginDocument = { source: "mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token user { id username displayName role departmentId mustChangePassword } } }" } as TypedDocument<LoginResult, LoginVariables>;

export interface ChangePasswordResult {
  changePassword: boolean;
}
export interface ChangePasswordVariables {
  current: string;
  next: string;
}
export const ChangePasswordDocument = { source: "mutation ChangePassword($current: String!, $next: String!) { changePassword(current: $current, next: $next) }" } as TypedDocument<ChangePasswordResult, ChangePasswordVariables>;

export interface ResetPasswordResult {
  resetPassword: {
    username: string;
    password: string;
  };
}
export interface ResetPasswordVariables {
  userId: number;
}
export const ResetPasswordDocument = { source: "mutation ResetPassword($userId: Int!) { resetPassword(userId: $userId) { username password } }" } as TypedDocument<ResetPasswordResult, ResetPasswordVariables>;

export interface LogoutResult {
  logout: boolean;
}
export interface LogoutVariables {
}
export const LogoutDocument = { source: "mutation Logout { logout }" } as TypedDocument<LogoutResult, LogoutVariables>;

export interface ArchiveResult {
  serviceArchiveByNo: {
    archiveNo: string | null;
    serialNo: string;
    invoiceDate: string;
    acceptanceDate: string | null;
    customer: {
      code: string;
      name: string;
    } | null;
    policy: {
      modelCode: string;
      modelName: string;
      warrantyMonths: number;
    } | null;
    warranty: {
      start: string;
      end: string;
      inWarranty: boolean;
      daysLeft: number;
      remedy: string;
      reason: string;
      flags: Array<string>;
      extensionDays: number;
      provisional: boolean;
    } | null;
    timeline: Array<{
      id: number;
      at: string;
      kind: string;
      number: string | null;
      title: string;
      detail: string | null;
      status: string | null;
      children: Array<{
        id: number;
        at: string;
        kind: string;
        number: string | null;
        title: string;
        detail: string | null;
        status: string | null;
        children: Array<{
          id: number;
          at: string;
          kind: string;
          number: string | null;
          title: string;
          detail: string | null;
          status: string | null;
        }>;
      }>;
    }>;
  } | null;
}
export interface ArchiveVariables {
  archiveNo?: string | null;
  serialNo?: string | null;
}
export const ArchiveDocument = { source: "query Archive($archiveNo: String, $serialNo: String) { serviceArchiveByNo(archiveNo: $archiveNo, serialNo: $serialNo) { archiveNo serialNo invoiceDate acceptanceDate customer { code name } policy { modelCode modelName warrantyMonths } warranty { start end inWarranty daysLeft remedy reason flags extensionDays provisional } timeline { ...Event children { ...Event children { ...Event } } } } } fragment Event on TimelineEvent { id at kind number title detail status }" } as TypedDocument<ArchiveResult, ArchiveVariables>;

export interface MyWorkResult {
  myWork: Array<{
    key: string;
    label: string;
    count: number;
    urgent: boolean;
    ledger: string;
    filter: unknown | null;
    order: Array<{
      field: string;
      direction: string;
    }>;
  }>;
}
export interface MyWorkVariables {
}
export const MyWorkDocument = { source: "query MyWork { myWork { key label count urgent ledger filter order { field direction } } }" } as TypedDocument<MyWorkResult, MyWorkVariables>;

export interface SavedViewsResult {
  savedViews: Array<{
    id: string;
    name: string;
    state: unknown;
    updatedAt: string;
  }>;
}
export interface SavedViewsVariables {
  ledger: string;
}
export const SavedViewsDocument = { source: "query SavedViews($ledger: String!) { savedViews(ledger: $ledger) { id name state updatedAt } }" } as TypedDocument<SavedViewsResult, SavedViewsVariables>;

export interface SaveViewResult {
  saveView: {
    id: string;
    name: string;
    state: unknown;
    updatedAt: string;
  };
}
export interface SaveViewVariables {
  ledger: string;
  name: string;
  state: unknown;
}
export const SaveViewDocument = { source: "mutation SaveView($ledger: String!, $name: String!, $state: JSONObject!) { saveView(ledger: $ledger, name: $name, state: $state) { id name state updatedAt } }" } as TypedDocument<SaveViewResult, SaveViewVariables>;

export interface DeleteViewResult {
  deleteView: boolean;
}
export interface DeleteViewVariables {
  id: number;
}
export const DeleteViewDocument = { source: "mutation DeleteView($id: Int!) { deleteView(id: $id) }" } as TypedDocument<DeleteViewResult, DeleteViewVariables>;

export interface HomePanelsResult {
  overdueInspections: Array<{
    id: number;
    dueDate: string;
    planMonth: number | null;
    archive: {
      id: number;
      serialNo: string;
    } | null;
  }>;
  callbackPlan: Array<{
    customer: {
      id: number;
      code: string;
      name: string;
      tier: CustomerTier;
    };
    lastCallback: string | null;
    nextDue: string;
    overdue: boolean;
  }>;
  satisfactionOfYear: {
    year: number;
    questionnaires: number;
    satisfaction: number | null;
    customersSurveyed: number;
    customersNotSurveyed: number;
    customersNotSurveyedIds: Array<number>;
  };
}
export interface HomePanelsVariables {
  year: number;
}
export const HomePanelsDocument = { source: "query HomePanels($year: Int!) { overdueInspections(first: 500) { id dueDate planMonth archive { id serialNo } } callbackPlan { customer { id code name tier } lastCallback nextDue overdue } satisfactionOfYear(year: $year) { year questionnaires satisfaction customersSurveyed customersNotSurveyed customersNotSurveyedIds } }" } as TypedDocument<HomePanelsResult, HomePanelsVariables>;

export interface SeriousWithoutNoticeResult {
  seriousComplaintsWithoutNotice: Array<{
    id: number;
    complaintNo: string | null;
    receivedAt: string;
    closedAt: string | null;
    kind: ComplaintKind;
    escalated: boolean | null;
    isRepeat: boolean | null;
    escalationReason: string | null;
    customer: {
      id: number;
      code: string;
      name: string;
    } | null;
  }>;
}
export interface SeriousWithoutNoticeVariables {
}
export const SeriousWithoutNoticeDocument = { source: "query SeriousWithoutNotice { seriousComplaintsWithoutNotice { id complaintNo receivedAt closedAt kind escalated isRepeat escalationReason customer { id code name } } }" } as TypedDocument<SeriousWithoutNoticeResult, SeriousWithoutNoticeVariables>;

export interface QuickFiltersResult {
  ledgerDefinitions: Array<{
    name: string;
    quickFilters: Array<{
      key: string;
      filter: unknown;
      order: Array<{
        field: string;
        direction: string;
      }>;
    }>;
  }>;
}
export interface QuickFiltersVariables {
}
export const QuickFiltersDocument = { source: "query QuickFilters { ledgerDefinitions { name quickFilters { key filter order { field direction } } } }" } as TypedDocument<QuickFiltersResult, QuickFiltersVariables>;

export interface SetupChecklistResult {
  setupChecklist: Array<{
    key: string;
    label: string;
    done: boolean;
    detail: string;
  }>;
}
export interface SetupChecklistVariables {
}
export const SetupChecklistDocument = { source: "query SetupChecklist { setupChecklist { key label done detail } }" } as TypedDocument<SetupChecklistResult, SetupChecklistVariables>;

export interface LoginLocksResult {
  loginLocks: Array<{
    subject: string;
    client: string;
    failed: number;
    lockedUntil: string;
  }>;
}
export interface LoginLocksVariables {
}
export const LoginLocksDocument = { source: "query LoginLocks { loginLocks { subject client failed lockedUntil } }" } as TypedDocument<LoginLocksResult, LoginLocksVariables>;

export interface ClearLoginLockResult {
  clearLoginLock: boolean;
}
export interface ClearLoginLockVariables {
  subject: string;
  client: string;
}
export const ClearLoginLockDocument = { source: "mutation ClearLoginLock($subject: String!, $client: String!) { clearLoginLock(subject: $subject, client: $client) }" } as TypedDocument<ClearLoginLockResult, ClearLoginLockVariables>;
