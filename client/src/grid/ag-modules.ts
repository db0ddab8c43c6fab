import {
  CellApiModule, CellStyleModule, ColumnApiModule, CustomFilterModule, DateFilterModule, EventApiModule, InfiniteRowModelModule,
  LocaleModule, ModuleRegistry, NumberFilterModule, RenderApiModule, RowApiModule, RowStyleModule, ScrollApiModule,
  SelectEditorModule, TextEditorModule, TextFilterModule, TooltipModule,
} from 'ag-grid-community';

// Community modules only, and only those the ledgers use; registered by the grids themselves, so the
// grid's code loads with the first grid and not with the sign-in and home pages.
ModuleRegistry.registerModules([
  InfiniteRowModelModule, TextEditorModule, SelectEditorModule, TextFilterModule, NumberFilterModule, DateFilterModule,
  CellStyleModule, RowStyleModule, TooltipModule, LocaleModule, RowApiModule, CellApiModule, RenderApiModule,
  ScrollApiModule, ColumnApiModule, EventApiModule, CustomFilterModule,
]);
