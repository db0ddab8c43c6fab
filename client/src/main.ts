import {
  CellStyleModule, DateFilterModule, InfiniteRowModelModule, LocaleModule, ModuleRegistry, NumberFilterModule,
  RenderApiModule, RowApiModule, RowStyleModule, ScrollApiModule, SelectEditorModule, TextEditorModule,
  TextFilterModule, TooltipModule, CustomFilterModule, CellApiModule, ColumnApiModule, EventApiModule,
} from 'ag-grid-community';
import { createApp } from 'vue';
import App from './App.vue';
import './styles.css';

// Community modules only, and only those the ledgers use (keeps the first page small).
ModuleRegistry.registerModules([
  InfiniteRowModelModule, TextEditorModule, SelectEditorModule, TextFilterModule, NumberFilterModule, DateFilterModule,
  CellStyleModule, RowStyleModule, TooltipModule, LocaleModule, RowApiModule, CellApiModule, RenderApiModule,
  ScrollApiModule, ColumnApiModule, EventApiModule, CustomFilterModule,
]);

createApp(App).mount('#app');
